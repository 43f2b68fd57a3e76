"""History faults: a full disk, a read-only data folder, a damaged database at start and two
copies of the app writing at once. A save is refused in words a person can read, and nothing
already saved is lost.

How each fault is made:
- A full disk: ``PRAGMA max_page_count`` on the store's own connection (SQLite then fails the
  write with SQLITE_FULL, as on a full disk), and, once, a real refusal from the kernel: a
  writer process whose file-size limit (RLIMIT_FSIZE) stops the -wal from growing.
- A read-only folder: the tests run as root, and root ignores file modes. So the real test runs
  the store in a child process without the capabilities that let root write anywhere
  (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER dropped from its bounding set), against a
  folder with mode 0500: the kernel refuses as it would any user. The app-level test makes
  ``os.open`` raise PermissionError for paths in the data folder (the store's first step).
- A damaged database: garbage bytes, a truncated history, a text file, a valid SQLite file of
  another program, a history with a page overwritten; at the Store level and through AppShell.
- Two copies of the app: two processes that open the same (new) history at the same moment and
  save check-ins together. Safe sharing (WAL, a 5 s busy timeout, BEGIN IMMEDIATE for every
  multi-row write) rather than a single-instance lock, so a second window still works.

kill -9 during writes is tests/history/test_crash_safety.py (200 trials); it stays in the suite.
"""

from __future__ import annotations

import ctypes
import json
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.history import schema
from somatic_player.history.records import CheckIn, SessionRecord
from somatic_player.history.store import (
    DB_FILE_NAME,
    DamagedStoreError,
    Store,
    StoreError,
    default_path,
)
from tests.history.helpers import T0, SetClock

ROOT = Path(__file__).resolve().parents[2]
CODES = (218, 219, 222, 225, 205, 206)
KEPT = "Everything saved before is still there."


def body(n: int) -> BodyMapRatings:
    return BodyMapRatings.of(
        RegionRating(code, (n + i) % 11, frozenset({"aching"}) if i % 2 else frozenset(), i == 0)
        for i, code in enumerate(CODES)
    )


def fill(store: Store) -> None:
    """A little of everything: sessions with before/after check-ins and body maps, journal
    entries, a weekly check, a logged session time and app state."""
    for n in range(3):
        before = store.add_checkin("before", 6, 5, body=body(n))
        session = store.start_session("easy-pace", "1", {"n": n}, kind="breathing")
        store.end_session(session, "completed")
        store.add_checkin("after", 4, 3, session_id=session, body=body(n + 1))
        assert before.id
        store.add_journal("What do you notice?", f"entry {n}", session_id=session)
    store.add_peg3(5, 6, 7)
    store.log_ketamine_session(T0 - timedelta(days=3), "clinic")
    store.set_state("first_run.acknowledged_revision", "1")


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read with a fresh connection (what a restart would see)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in schema.TABLES}
    finally:
        conn.close()


def live_snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    conn = store._conn
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in schema.TABLES}


def run_python(code: str, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **kwargs,
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / DB_FILE_NAME


# -- a full disk --------------------------------------------------------------------------------

# Each write the app makes, called with a counter; big values fill the pages quickly.
WRITES: dict[str, Callable[[Store, int], object]] = {
    "this check-in": lambda s, i: s.add_checkin("standalone", i % 11, 3, body=body(i)),
    "this journal entry": lambda s, i: s.add_journal("What do you notice?", f"{i} " + "x" * 900),
    "this session": lambda s, i: s.start_session("easy-pace", "1", {"pad": "x" * 900}),
    "the end of this session": lambda s, i: s.end_session(
        s.start_session("easy-pace", "1", {"pad": "x" * 900}), "completed"
    ),
    "this weekly check": lambda s, i: s.add_peg3(i % 11, 5, 5),
    "this session time": lambda s, i: s.log_ketamine_session(T0 + timedelta(hours=i), "n" * 900),
    "this setting": lambda s, i: s.set_state(f"key-{i}", "v" * 900),
    "these records": lambda s, i: s.import_records(
        sessions=[SessionRecord(1, "easy-pace", "1", {"pad": "x" * 500}, T0, None, None, None)],
        checkins=[CheckIn(1, 1, "before", T0, 5, None, False, body(i))],
    ),
}


@pytest.mark.parametrize("what", WRITES)
def test_a_full_disk_refuses_the_save_in_plain_words_and_keeps_everything(
    db_path: Path, what: str
) -> None:
    write = WRITES[what]
    store = Store.open(db_path, clock=SetClock())
    try:
        fill(store)
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here
        expected = live_snapshot(store)
        with pytest.raises(StoreError) as refused:
            for i in range(5_000):
                write(store, i)
                expected = live_snapshot(store)  # saved: it must survive
        # "the end of this session" first starts one, which may fit where the end does not.
        if what == "the end of this session" and "to save this session." in str(refused.value):
            what = "this session"
        assert str(refused.value) == (
            f"There is no room left on the disk to save {what}. Free some space, then try "
            f"again. {KEPT}"
        )
        assert not store._conn.in_transaction
        assert live_snapshot(store) == expected  # nothing of the refused write stayed behind
        store._conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # space is freed
        write(store, 10_001)  # the same store saves again, no restart needed
        expected = live_snapshot(store)
    finally:
        store.close()
    assert snapshot(db_path) == expected
    with Store.open(db_path) as reopened:
        assert len(reopened.checkins()) >= 6  # the check-ins from before the disk filled up


FULL_WRITER = r"""
import json, resource, signal, sys
from pathlib import Path
from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.history.store import Store, StoreError

path, limit = Path(sys.argv[1]), int(sys.argv[2])
store = Store.open(path)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
saved = []
try:
    for n in range(100_000):
        ratings = BodyMapRatings.of(RegionRating(c, (n + c) % 11) for c in (218, 219, 222))
        saved.append([store.add_checkin("standalone", n % 11, None, body=ratings).id, n])
    print(json.dumps({"saved": saved, "error": None}))
except StoreError as exc:
    print(json.dumps({"saved": saved, "error": str(exc)}))
"""


def test_a_write_the_kernel_refuses_loses_nothing_and_says_so(db_path: Path) -> None:
    with Store.open(db_path) as store:
        fill(store)
    before = snapshot(db_path)
    limit = db_path.stat().st_size + 48 * 1024  # the -wal may grow to this, then no further
    done = run_python(FULL_WRITER, str(db_path), str(limit))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["error"] is not None, "the file-size limit was never reached"
    assert result["error"].endswith(KEPT)
    assert "could not be saved" in result["error"] or "no room left" in result["error"]
    after = snapshot(db_path)  # a fresh process with no limit: what a restart sees
    for table in ("sessions", "journal", "peg3", "ketamine_sessions", "app_state"):
        assert after[table] == before[table]
    stored = {row[0]: row[4] for row in after["checkins"]}
    saved = dict(result["saved"])
    assert len(saved) > 3
    assert len(stored) == len(before["checkins"]) + len(saved)  # the refused one is not there
    assert all(stored[cid] == n % 11 for cid, n in saved.items())
    regions = [r for r in after["checkin_regions"] if r[0] in saved]
    assert len(regions) == 3 * len(saved)


@pytest.mark.gui
def test_the_checkin_dialog_shows_the_plain_reason(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from somatic_player.qt import checkin_flow
    from somatic_player.qt.checkin_dialog import CheckInResult

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = QWidget()
    qtbot.addWidget(window)
    with Store.open(db_path) as store:
        fill(store)
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        saved = 0
        for n in range(5_000):
            result = CheckInResult(n % 11, 3, skipped=False, body=body(n))
            if checkin_flow.save_checkin(store, "standalone", result, window=window) is None:
                break
            saved += 1
        count = len(store.checkins())
    assert shown, "a full disk was never reported"
    assert "There is no room left on the disk to save this check-in" in shown[0]
    assert "still there" in shown[0]
    with Store.open(db_path) as reopened:
        assert len(reopened.checkins()) == count == 6 + saved


# -- a read-only data folder --------------------------------------------------------------------

READ_ONLY_PROBE = r"""
import json, sys
from pathlib import Path
from somatic_player.history.store import Store, StoreError

out = {}
for name in sys.argv[1:]:
    try:
        with Store.open(Path(name)) as store:
            store.add_checkin("standalone", 1, 1)
        out[name] = "saved"
    except StoreError as exc:
        out[name] = str(exc)
print(json.dumps(out))
"""
PR_CAPBSET_DROP = 24
CAPS_THAT_IGNORE_MODES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _drop_root_powers() -> None:  # pragma: no cover - runs in the child, before exec
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in CAPS_THAT_IGNORE_MODES:
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            os._exit(97)


def run_as_ordinary_user(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` so that file modes apply to it (as root: without the powers to ignore
    them, which cannot come back after exec)."""
    preexec = _drop_root_powers if os.geteuid() == 0 else None
    done = run_python(code, *args, preexec_fn=preexec)
    if done.returncode == 97:
        pytest.skip("cannot drop CAP_DAC_OVERRIDE here (no CAP_SETPCAP): modes do not apply")
    return done


def tree(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(folder)): (stat.S_IMODE(p.stat().st_mode), p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_read_only_data_folder_is_refused_in_plain_words_and_left_untouched(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    existing = data / DB_FILE_NAME
    with Store.open(existing) as store:
        fill(store)
    (data / "other").mkdir(mode=0o700)
    before = tree(data)
    targets = [existing, data / "other" / DB_FILE_NAME, data / "new" / DB_FILE_NAME]
    data.chmod(0o500)
    (data / "other").chmod(0o500)
    try:
        done = run_as_ordinary_user(READ_ONLY_PROBE, *map(str, targets))
    finally:
        (data / "other").chmod(0o700)
        data.chmod(0o700)
    assert done.returncode == 0, done.stderr
    answers = json.loads(done.stdout)
    for target in targets:
        message = answers[str(target)]
        assert message.startswith(f"{target}: cannot "), message
        assert f"the folder {target.parent} is read-only" in message
    assert tree(data) == before  # nothing written, nothing moved aside
    # The same probe where writing is allowed: the refusal came from the modes, not the probe.
    done = run_as_ordinary_user(READ_ONLY_PROBE, str(existing))
    assert json.loads(done.stdout) == {str(existing): "saved"}


@pytest.fixture
def read_only_home(_private_user_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every os.open of a path in the data folder fails as in a read-only folder."""
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(os.fsdecode(path)).resolve().is_relative_to(_private_user_home.resolve()):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    yield _private_user_home


def make_shell(qtbot: QtBot) -> Any:
    from PySide6.QtWidgets import QApplication

    from somatic_player.content.library import load_library
    from somatic_player.core.preferences import Preferences
    from somatic_player.qt.app_shell import AppShell
    from somatic_player.qt.main_window import LibraryWindow

    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(app, window, Preferences(), first_run=False)
    window.show()
    return shell


def practise(qtbot: QtBot, shell: Any) -> Any:
    """Start easy-pace from the library (check-in skipped) on the silent engine; the controller."""
    from somatic_player.audio.engines import NullEngine
    from somatic_player.audio.mixer import Mixer
    from somatic_player.qt.checkin_dialog import QuickCheckInDialog
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_flow import SessionFlow

    def silent(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer), []

    shell.flow = SessionFlow(
        shell.window,
        shell.make_setup,
        speech_factory=None,
        engine_factory=silent,
        store=shell.store,
        parent=shell,
        body_map=False,
    )
    assert shell.window.select_routine("easy-pace")
    shell.start_routine("easy-pace")
    qtbot.waitUntil(lambda: shell.window.findChild(QuickCheckInDialog) is not None)
    shell.window.findChild(QuickCheckInDialog).skip_button.click()
    assert isinstance(shell.window.pages.currentWidget(), PlayerView)
    controller = shell.flow.controller
    qtbot.waitUntil(lambda: controller.position() > 2_400, timeout=5_000)
    return controller


def message_boxes(window: Any, *, close: bool = False) -> list[tuple[str, str]]:
    """The message boxes on screen over ``window`` (closed afterwards if ``close``)."""
    from PySide6.QtWidgets import QMessageBox

    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    seen = [(b.windowTitle(), b.text()) for b in boxes]
    for box in boxes if close else ():
        box.close()
    return seen


@pytest.mark.gui
def test_the_app_opens_on_a_read_only_folder_says_history_cannot_be_saved_and_plays(
    qtbot: QtBot, read_only_home: Path
) -> None:
    shell = make_shell(qtbot)
    try:
        assert shell.store is None
        qtbot.waitUntil(lambda: bool(message_boxes(shell.window)))
        [(title, text)] = message_boxes(shell.window, close=True)
        assert title == "Your practice history cannot be saved"
        assert f"the folder {read_only_home} is read-only" in text
        assert "Practice still works" in text
        controller = practise(qtbot, shell)
        assert not controller.paused and controller.engine_name == "null"
        controller.stop()
    finally:
        shell.shutdown()
    assert not (read_only_home / DB_FILE_NAME).exists()


# -- a damaged database at start ----------------------------------------------------------------


def damage_with_garbage(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(48 * 1024))


def damage_by_truncating(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def damage_with_text(path: Path) -> None:
    path.write_text("name,pain\nAlex,4\n" * 400, encoding="utf-8")


def damage_with_another_programs_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1179468372")  # a different program's id
    conn.execute("CREATE TABLE bookmarks (url TEXT, title TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('file:///notes', 'Notes')")
    conn.commit()
    conn.close()


def damage_with_an_unmarked_database(path: Path) -> None:
    """Another program's database without an application id, even with a 'sessions' table."""
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE sessions (token TEXT)")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()


def damage_one_page(path: Path) -> None:
    """Overwrite one page in the middle of a history (a failing disk): the header still reads."""
    page = 4096
    with path.open("r+b") as f:
        f.seek((path.stat().st_size // page // 2) * page)
        f.write(random.Random(2).randbytes(page))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "none": lambda path: None,
    "garbage": damage_with_garbage,
    "truncated": damage_by_truncating,
    "text": damage_with_text,
    "another-program": damage_with_another_programs_database,
    "unmarked-database": damage_with_an_unmarked_database,
    "damaged-page": damage_one_page,
}


def a_damaged_history(path: Path, damage: str) -> bytes:
    """A history with some years in it, then damaged; the damaged file's bytes."""
    with Store.open(path, clock=SetClock()) as store:
        fill(store)
        for n in range(400):
            store.add_checkin("standalone", n % 11, None, body=body(n))
    DAMAGES[damage](path)
    return path.read_bytes()


@pytest.mark.parametrize("damage", [d for d in DAMAGES if d != "none"])
def test_a_damaged_history_is_moved_aside_unchanged_and_a_new_one_works(
    db_path: Path, damage: str
) -> None:
    damaged = a_damaged_history(db_path, damage)
    with pytest.raises(DamagedStoreError, match="cannot use the history database"):
        Store.open(db_path, check=True).close()
    assert db_path.read_bytes() == damaged  # refusing it changed nothing

    clock = SetClock()
    opened = Store.open_or_set_aside(db_path, clock=clock)
    with opened.store as store:
        assert opened.set_aside is not None
        assert opened.set_aside.name == f"{DB_FILE_NAME}.corrupt-20261102T080000Z"
        assert opened.set_aside.parent == db_path.parent
        assert opened.set_aside.read_bytes() == damaged
        assert stat.S_IMODE(opened.set_aside.stat().st_mode) == 0o600
        assert "cannot use the history database" in opened.damage
        assert not store.has_records()
        store.add_checkin("standalone", 3, 2, body=body(1))
    with Store.open(db_path, check=True) as reopened:
        [kept] = reopened.checkins()
        assert kept.pain_now == 3 and kept.body == body(1)
    assert Store.open_or_set_aside(db_path).set_aside is None  # a sound history stays put


def test_the_wal_beside_a_damaged_history_goes_aside_with_it(db_path: Path) -> None:
    a_damaged_history(db_path, "none")
    store = Store.open(db_path)
    store.add_checkin("standalone", 2, 2)  # in the -wal, not yet in the database file
    crashed = db_path.parent / "crashed"
    crashed.mkdir()
    for file in db_path.parent.glob(f"{DB_FILE_NAME}*"):  # the files as a crash leaves them
        shutil.copy2(file, crashed / file.name)
    store.close()
    for file in crashed.iterdir():
        shutil.copy2(file, db_path.parent / file.name)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0
    damage_one_page(db_path)
    damaged = db_path.read_bytes()
    opened = Store.open_or_set_aside(db_path)
    opened.store.close()
    assert opened.set_aside is not None
    assert opened.set_aside.read_bytes() == damaged
    # The -wal holds the last check-in: it goes along unchanged, for whoever tries to rescue it.
    kept_wal = opened.set_aside.with_name(opened.set_aside.name + "-wal")
    assert kept_wal.read_bytes() == (crashed / wal.name).read_bytes()


def test_a_history_from_a_newer_version_is_never_moved_aside(db_path: Path) -> None:
    with Store.open(db_path) as store:
        fill(store)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    content = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer version") as refused:
        Store.open_or_set_aside(db_path)
    assert not isinstance(refused.value, DamagedStoreError)
    assert db_path.read_bytes() == content
    assert sorted(p.name for p in db_path.parent.iterdir()) == [DB_FILE_NAME]


@pytest.fixture
def backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder where "Back up" saves (the tests' stand-in for Documents)."""
    from somatic_player.qt import store_recovery

    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(store_recovery, "backup_folder", lambda: folder)
    return folder


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """The recovery offer answered by the test: ``answers.append(choice)`` before the shell is
    built; the problems offered are recorded in ``answers.offered``."""
    from PySide6.QtWidgets import QDialog

    from somatic_player.qt import data_dialogs, store_recovery
    from somatic_player.qt.data_dialogs import RestoreConfirmDialog

    class Answers(list[Any]):
        offered: list[Any]
        messages: list[tuple[str, str, str]]

    given = Answers()
    given.offered, given.messages = [], []

    def ask(parent: Any, problem: Any, answered: Callable[[str], None]) -> None:
        given.offered.append(problem)
        answered(given.pop(0))

    monkeypatch.setattr(store_recovery, "ask", ask)
    monkeypatch.setattr(RestoreConfirmDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        data_dialogs,
        "show_message",
        lambda p, kind, title, text: given.messages.append((kind, title, text)),
    )
    yield given


def a_backup(folder: Path, name: str, journal: str) -> Path:
    source = folder.parent / f"source-{name}"
    with Store.open(source / DB_FILE_NAME) as store:
        fill(store)
        store.add_journal("What do you notice?", journal)
        store.backup_to(folder / name)
    return folder / name


@pytest.mark.gui
def test_the_app_moves_a_damaged_history_aside_and_restores_the_latest_backup(
    qtbot: QtBot, backups: Path, answers: Any
) -> None:
    from somatic_player.qt.store_recovery import DAMAGED_TITLE, RESTORE_LATEST

    older = a_backup(backups, "somatic-history-backup-2026-10-01.sqlite3", "older backup")
    latest = a_backup(backups, "somatic-history-backup-2026-11-01.sqlite3", "latest backup")
    os.utime(older, (1_000_000_000, 1_000_000_000))
    (backups / "holiday-photos.sqlite3").write_bytes(b"not ours")
    damaged = a_damaged_history(default_path(), "garbage")
    answers.append(RESTORE_LATEST)
    shell = make_shell(qtbot)
    try:
        first = shell.store
        assert first is not None and not first.has_records()  # working at once, while asked
        qtbot.waitUntil(lambda: shell.store is not first, timeout=10_000)
        [problem] = answers.offered
        assert problem.title == DAMAGED_TITLE
        assert problem.backup == latest
        assert str(problem.set_aside) in problem.text and latest.name in problem.text
        assert problem.set_aside.read_bytes() == damaged
        texts = [e.text for e in shell.store.journal_entries()]
        assert "latest backup" in texts and "older backup" not in texts
        assert answers.messages[-1][1] == "History restored"
        controller = practise(qtbot, shell)  # and the restored history takes the session
        controller.stop()
        assert len(shell.store.sessions()) == 4
    finally:
        shell.shutdown()


@pytest.mark.gui
def test_without_a_backup_the_app_offers_to_choose_one(
    qtbot: QtBot, backups: Path, answers: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from somatic_player.qt.store_recovery import CHOOSE_BACKUP

    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    chosen = a_backup(elsewhere, "my-history.sqlite3", "from the stick")
    asked: list[str] = []

    def choose(parent: Any, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(caption)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    a_damaged_history(default_path(), "text")
    answers.append(CHOOSE_BACKUP)
    shell = make_shell(qtbot)
    try:
        qtbot.waitUntil(lambda: bool(answers.offered))
        [problem] = answers.offered
        assert problem.backup is None
        assert f"No backup was found in {backups}" in problem.text
        qtbot.waitUntil(lambda: shell.store is not None and shell.store.has_records())
        assert asked == ["Restore from backup"]
        assert [e.text for e in shell.store.journal_entries()][-1] == "from the stick"
    finally:
        shell.shutdown()


@pytest.mark.gui
def test_keeping_the_new_history_needs_no_backup_and_keeps_working(
    qtbot: QtBot, backups: Path, answers: Any
) -> None:
    from somatic_player.qt.store_recovery import KEEP_NEW

    a_backup(backups, "somatic-history-backup-2026-11-01.sqlite3", "unused")
    a_damaged_history(default_path(), "another-program")
    answers.append(KEEP_NEW)
    shell = make_shell(qtbot)
    try:
        first = shell.store
        qtbot.waitUntil(lambda: bool(answers.offered))
        assert shell.store is first and not first.has_records()
        controller = practise(qtbot, shell)
        controller.stop()
        [session] = shell.store.sessions()
        assert session.routine_id == "easy-pace"
        corrupt = sorted(default_path().parent.glob(f"{DB_FILE_NAME}.corrupt-*"))
        assert len(corrupt) == 1
    finally:
        shell.shutdown()


# -- two copies of the app at once --------------------------------------------------------------

SHARING_WRITER = r"""
import json, sys, time
from pathlib import Path
from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.history.store import Store

path, who, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
sys.stdin.readline()  # both start together: the file does not exist yet
store = Store.open(path)
session = store.start_session(f"writer-{who}", "1", {"who": who}, kind="breathing")
ids = []
for n in range(count):
    ratings = BodyMapRatings.of(RegionRating(c, (n + c) % 11) for c in (218, 219, 222, 225))
    ids.append(store.add_checkin("before", n % 11, None, session_id=session, body=ratings).id)
    store.add_journal("p", f"{who}:{n}", session_id=session)
    time.sleep(0.001)  # a person's pace, not a loop's: each copy gets its turns
store.end_session(session, "completed")
store.close()
print(json.dumps({"session": session, "ids": ids}))
"""
PER_WRITER = 120


def test_two_copies_of_the_app_saving_at_once_lose_and_duplicate_nothing(db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o700)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", SHARING_WRITER, str(db_path), who, str(PER_WRITER)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("a", "b")
    ]
    for writer in writers:  # released as close together as two lines can be written
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        results.append(json.loads(out))

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        sessions = conn.execute("SELECT id, routine_id, outcome FROM sessions").fetchall()
        assert sorted(s[1:] for s in sessions) == [
            ("writer-a", "completed"),
            ("writer-b", "completed"),
        ]
        for who, result in zip("ab", results, strict=True):
            rows = conn.execute(
                "SELECT id, pain_now FROM checkins WHERE session_id = ? ORDER BY id",
                (result["session"],),
            ).fetchall()
            assert [r[0] for r in rows] == result["ids"]  # every reported id, each once
            assert [r[1] for r in rows] == [n % 11 for n in range(PER_WRITER)]
            texts = [
                r[0]
                for r in conn.execute(
                    "SELECT text FROM journal WHERE session_id = ? ORDER BY id",
                    (result["session"],),
                )
            ]
            assert texts == [f"{who}:{n}" for n in range(PER_WRITER)]
        regions = conn.execute(
            "SELECT checkin_id, count(*) FROM checkin_regions GROUP BY checkin_id"
        ).fetchall()
        assert len(regions) == 2 * PER_WRITER and {n for _, n in regions} == {4}
    finally:
        conn.close()
    # They really wrote at the same time: their check-ins interleave.
    owner = {cid: i for i, r in enumerate(results) for cid in r["ids"]}
    order = [owner[cid] for cid in sorted(owner)]
    switches = sum(a != b for a, b in pairwise(order))
    assert switches >= 10, f"the two writers hardly overlapped ({switches} switches)"


def test_a_history_kept_busy_by_another_copy_is_refused_in_plain_words(db_path: Path) -> None:
    with Store.open(db_path) as store:
        fill(store)
        before = live_snapshot(store)
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another copy holds the write lock...
        other.execute("INSERT INTO app_state VALUES ('other', 'copy')")
        store._conn.execute("PRAGMA busy_timeout = 100")  # ...for longer than we wait
        with pytest.raises(StoreError) as refused:
            store.add_checkin("standalone", 2, 2)
        assert str(refused.value) == (
            "This check-in could not be saved because the history is busy (Somatic Player may "
            f"be saving in another window). Try again in a moment. {KEPT}"
        )
        assert live_snapshot(store) == before
        other.execute("COMMIT")
        other.close()
        store.add_checkin("standalone", 2, 2)  # once the other copy is done, it saves
        assert len(store.checkins()) == 7
