"""Opening the history at start, and what to say when it cannot be opened as it was.

``open_history`` opens the history through ``Store.open_or_set_aside``: a damaged file, a file
that is not a database, or another program's database is moved aside unchanged
(``history.sqlite3.corrupt-<time>``) and a new, empty history is started, so practice and
check-ins carry on. Anything else that stops the history (a read-only folder, a full disk, a
history from a newer version) leaves the app without one this time, and says why.

``offer_recovery`` tells the person what happened and, after a damaged file, offers the latest
backup from the folder that "Back up" suggests (``somatic-history-backup-<date>.sqlite3``),
or a file dialog to choose one when there is none there. The restore itself is
``data_dialogs.restore_history``: it checks the file and asks before replacing anything.

``ask`` is the one place the offer is shown, so tests can answer it instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from somatic_player._logs import logger
from somatic_player.history.store import Store, StoreError
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate

BACKUP_PATTERN = "somatic-history-backup-*.sqlite3"  # data_dialogs.default_backup_name
RESTORE_LATEST, CHOOSE_BACKUP, KEEP_NEW = "latest", "choose", "keep"
# In English; a StoreProblem carries them translated.
CANNOT_SAVE_TITLE = QT_TRANSLATE_NOOP("store_recovery", "Your practice history cannot be saved")
DAMAGED_TITLE = QT_TRANSLATE_NOOP("store_recovery", "Your history file could not be read")


@dataclass(frozen=True)
class StoreProblem:
    """Why the history could not be opened as it was, in words (translated), and what can be
    done.

    ``set_aside`` is where a damaged file was moved (None: nothing was moved, and there may be
    no history this time); ``backup`` is the latest backup found, if any.
    """

    title: str
    text: str
    detail: str = ""
    set_aside: Path | None = None
    backup: Path | None = None


def backup_folder() -> Path:
    """Where "Back up" suggests saving backups (the Documents folder)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def latest_backup(folder: Path) -> Path | None:
    """The most recently written ``somatic-history-backup-*.sqlite3`` in ``folder``."""
    try:
        found = [(p.stat().st_mtime, p) for p in folder.glob(BACKUP_PATTERN) if p.is_file()]
    except OSError:
        return None
    return max(found)[1] if found else None


def open_history(
    path: Path | None = None, *, backups: Path | None = None
) -> tuple[Store | None, StoreProblem | None]:
    """The store to use (None: no history this time) and the problem to tell, if any."""
    try:
        opened = Store.open_or_set_aside(path)
    except (OSError, StoreError) as exc:
        logger(__name__).warning("the history could not be opened: %s", exc)
        text = translate(
            "store_recovery",
            "{error}\n\nPractice still works; check-ins will not be kept this time.",
        ).format(error=exc)
        return None, StoreProblem(translate("store_recovery", CANNOT_SAVE_TITLE), text)
    if opened.set_aside is None:
        return opened.store, None
    logger(__name__).warning("%s; moved aside as %s", opened.damage, opened.set_aside)
    folder = backup_folder() if backups is None else backups
    backup = latest_backup(folder)
    text = translate(
        "store_recovery",
        "Somatic Player could not read your history file, so it has been moved aside, "
        "unchanged, as:\n{path}\n\n"
        "A new, empty history has been started: practice and check-ins work as usual.",
    ).format(path=opened.set_aside)
    if backup is not None:
        saved = datetime.fromtimestamp(backup.stat().st_mtime)
        locale = QLocale()
        day = locale.toString(
            QDate(saved.year, saved.month, saved.day), translate("store_recovery", "d MMMM yyyy")
        )
        hour = locale.toString(QTime(saved.hour, saved.minute), "HH:mm")
        text += "\n\n" + translate(
            "store_recovery",
            "Your latest backup is {name}, saved {date} at {time}. Restore your history from it?",
        ).format(name=backup.name, date=day, time=hour)
    else:
        text += "\n\n" + translate(
            "store_recovery",
            "No backup was found in {folder}. If you saved one somewhere else, choose it to "
            "restore your history.",
        ).format(folder=folder)
    title = translate("store_recovery", DAMAGED_TITLE)
    return opened.store, StoreProblem(title, text, opened.damage, opened.set_aside, backup)


def ask(parent: QWidget | None, problem: StoreProblem, answered: Callable[[str], None]) -> None:
    """Show the offer (window-modal, without blocking); ``answered`` gets RESTORE_LATEST,
    CHOOSE_BACKUP or KEEP_NEW."""
    box = QMessageBox(QMessageBox.Icon.Warning, problem.title, problem.text, parent=parent)
    box.setObjectName("storeRecoveryBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if problem.detail:
        box.setDetailedText(problem.detail)
    choices = {}
    if problem.backup is not None:
        latest = box.addButton(
            translate("store_recovery", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[latest] = RESTORE_LATEST
        box.setDefaultButton(latest)
    label = (
        translate("store_recovery", "Choose another backup…")
        if problem.backup is not None
        else translate("store_recovery", "Choose a backup file…")
    )
    choices[box.addButton(label, QMessageBox.ButtonRole.ActionRole)] = CHOOSE_BACKUP
    keep = box.addButton(
        translate("store_recovery", "Keep the new history"), QMessageBox.ButtonRole.RejectRole
    )
    choices[keep] = KEEP_NEW
    if problem.backup is None:
        box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.buttonClicked.connect(lambda button: answered(choices.get(button, KEEP_NEW)))
    box.open()


def offer_recovery(
    parent: QWidget | None,
    problem: StoreProblem,
    store: Callable[[], Store | None],
    replaced: Callable[[Store], None],
) -> None:
    """Say what happened; after a damaged file, offer a restore and hand a restored Store to
    ``replaced`` (the caller's store is closed by then and must not be used again)."""
    if problem.set_aside is None:
        from somatic_player.qt.data_dialogs import show_message

        show_message(parent, "warning", problem.title, problem.text)
        return

    def on_answer(choice: str) -> None:
        current = store()
        if current is None or choice == KEEP_NEW:
            return
        from somatic_player.qt.data_dialogs import restore_history

        source = problem.backup if choice == RESTORE_LATEST else None  # None: a file dialog
        restored = restore_history(parent, current, source)
        if restored is not None:
            replaced(restored)

    ask(parent, problem, on_answer)
