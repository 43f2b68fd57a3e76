"""Privacy on disk: every folder the app makes in the data folder is 0700 and every file it
writes is 0600, whatever the umask (the tests set it to 0, so nothing can rely on it).

One test per writer: the history with its -wal and -shm, a history set aside as damaged and one
kept aside by a restore, the preferences, the window state (ui-state.ini), the theme's images,
backups, CSV and FHIR exports, routines imported from a package and routines saved by the
editor. The network side of privacy is the audit hook in tests/conftest.py (tests/test_privacy.py
shows it refusing). Recorded clips and the speech cache are checked in tests/audio.

When these tests were written, three writers made files readable by others (the window state,
the theme's images and the editor's save); they now go through resources.write_private and
resources.create_private.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from somatic_player import resources
from somatic_player.history.store import Store, default_path
from tests.faults.test_database_faults import a_damaged_history, damage_one_page, fill


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def no_umask() -> Iterator[None]:
    """Files get exactly the mode their writer asks for: 0666 and 0777 unless it says 0600."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def write_history(home: Path) -> None:
    with Store.open() as store:
        fill(store)
        # While open, the -wal and -shm exist too.
        assert default_path().with_name(default_path().name + "-wal").exists()
        check_private(home)


def write_damaged_aside(home: Path) -> None:
    a_damaged_history(default_path(), "none")
    store = Store.open()
    store.add_checkin("standalone", 1, 1)  # in the -wal: it goes aside with the database
    kept = {p.name: p.read_bytes() for p in home.glob("history.sqlite3*")}
    store.close()
    for name, content in kept.items():  # the files as a crash leaves them...
        (home / name).write_bytes(content)
        (home / name).chmod(0o644)  # ...copied from elsewhere, readable by others
    damage_one_page(default_path())
    opened = Store.open_or_set_aside()
    opened.store.close()
    assert opened.set_aside is not None
    assert opened.set_aside.with_name(opened.set_aside.name + "-wal").exists()


def write_restore_aside(home: Path) -> None:
    with Store.open() as store:
        fill(store)
        store.backup_to(home / "backup.sqlite3")
    Store.restore_from(home / "backup.sqlite3").close()
    assert list(home.glob("history.sqlite3.before-restore-*"))


def write_preferences(home: Path) -> None:
    from somatic_player.core.preferences import Preferences
    from somatic_player.history.preferences_store import save_preferences

    save_preferences(Preferences(volume_cues=0.4))


def write_ui_state(home: Path) -> None:
    from somatic_player.qt.ui_state import ui_state

    state = ui_state()
    state.setValue("window/geometry", b"\x01\x02")
    state.sync()
    assert (home / "ui-state.ini").exists()


def write_theme_images(home: Path) -> None:
    from somatic_player.qt import theme

    theme._icon_folder.clear()  # made once per process: make it again, here
    try:
        assert theme.install_theme_icons() is not None
    finally:
        theme._icon_folder.clear()


def write_backup_and_exports(home: Path) -> None:
    from somatic_player.history.exports import export_csv, export_fhir

    out = home / "exports"
    out.mkdir(mode=0o700)
    with Store.open() as store:
        fill(store)
        store.backup_to(out / "somatic-history-backup-2026-11-25.sqlite3")
        export_csv(store, out / "history.csv", include_journal=True)
        export_fhir(store, out / "history.fhir.json")


def write_imported_routine(home: Path) -> None:
    from somatic_player.content.package import export_routine, import_package

    package = home / "exports" / "shared.somatic"
    package.parent.mkdir(mode=0o700)
    export_routine("easy-pace", package)
    import_package(package, as_id="shared-easy-pace")
    assert list(resources.user_routines_dir().rglob("*"))


def write_editor_routine(home: Path) -> None:
    from somatic_player.content.library import find_routine
    from somatic_player.content.routine_document import RoutineDocument

    routine, _ = find_routine("easy-pace")
    document = RoutineDocument.from_routine(routine)
    document.meta["id"] = "my-easy-pace"
    document.save()
    assert (resources.user_routines_dir() / "my-easy-pace.toml").exists()


WRITERS: list[object] = [
    pytest.param(write_history, id="history-with-wal-and-shm"),
    pytest.param(write_damaged_aside, id="damaged-history-set-aside"),
    pytest.param(write_restore_aside, id="history-kept-aside-by-a-restore"),
    pytest.param(write_preferences, id="preferences"),
    pytest.param(write_ui_state, id="ui-state"),
    pytest.param(
        write_theme_images,
        id="theme-images",
    ),
    pytest.param(write_backup_and_exports, id="backup-csv-fhir"),
    pytest.param(write_imported_routine, id="imported-routine"),
    pytest.param(
        write_editor_routine,
        id="editor-routine",
    ),
]


def check_private(home: Path) -> None:
    loose = [
        f"{path.relative_to(home)} {mode(path):o}"
        for path in [home, *sorted(home.rglob("*"))]
        if (path.is_dir() and mode(path) != 0o700) or (path.is_file() and mode(path) != 0o600)
    ]
    assert not loose, f"readable by others: {loose}"


@pytest.mark.gui  # some writers are Qt's (QSettings); a QApplication must exist
@pytest.mark.parametrize("write", WRITERS)
def test_everything_written_in_the_data_folder_is_private(
    write: Callable[[Path], None], _private_user_home: Path, no_umask: None, qapp: object
) -> None:
    home = _private_user_home
    home.chmod(0o700)
    write(home)
    assert any(home.rglob("*")), "the writer wrote nothing"
    check_private(home)


def test_the_data_folders_are_made_private_and_a_loose_one_is_tightened(
    _private_user_home: Path, no_umask: None
) -> None:
    home = _private_user_home
    home.chmod(0o755)
    assert resources.user_home() == home
    for folder in (home, resources.user_routines_dir(), resources.cache_dir()):
        assert mode(folder) == 0o700, folder
    with Store.open(home / "nested" / "deeper" / "history.sqlite3") as store:
        store.add_checkin("standalone", 1, 1)
    check_private(home)
