"""Back up, restore and delete the history: the windows around ``Store.backup_to``,
``Store.restore_from`` and ``Store.delete_all``, each with plain words for every outcome.

- ``backup_history`` writes a single-file copy where the person chooses.
- ``restore_history`` checks the chosen file first (in a scratch folder, so a refused file never
  touches anything), says what it holds and that the current history is kept aside, and only
  then closes the caller's store and restores. It returns the Store to use from then on.
- ``delete_all_data`` asks for the word DELETE before anything goes, and says that exports and
  backups saved elsewhere are not touched.

``path`` arguments skip the file dialogs (tests, drag and drop); ``show_message`` is the one
place a message box is shown, so tests can record messages instead.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from somatic_player.history.backup import restore_database
from somatic_player.history.store import Store, StoreError
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped

# The word typed to confirm deleting everything, in English: the dialog asks for its
# translation (confirm_word), which a translator may keep as it is.
CONFIRM_WORD = QT_TRANSLATE_NOOP("data_dialogs", "DELETE")
BACKUP_FILTER = QT_TRANSLATE_NOOP(
    "data_dialogs", "Somatic Player backups (*.sqlite3 *.db);;All files (*)"
)
_COMPANIONS = ("-wal", "-shm", "-journal")


def confirm_word() -> str:
    """The word to type before everything is deleted, in the interface language."""
    return translate("data_dialogs", CONFIRM_WORD)


def show_message(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    """A modal message box; ``kind`` is "information" or "warning"; ``title`` and ``text`` are
    shown as given (translated by the caller)."""
    icon = QMessageBox.Icon.Warning if kind == "warning" else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def _documents() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def default_backup_name(today: date | None = None) -> str:
    return f"somatic-history-backup-{(today or date.today()).isoformat()}.sqlite3"


def kept_aside(db_path: Path) -> list[Path]:
    """Earlier histories that restores kept beside the database, oldest first."""
    found = db_path.parent.glob(f"{db_path.name}.before-restore-*")
    return sorted(p for p in found if not p.name.endswith(_COMPANIONS))


# -- backup --------------------------------------------------------------------------------------


def backup_history(parent: QWidget | None, store: Store, path: Path | None = None) -> Path | None:
    """Write a backup to ``path`` (asked for if None); the path written, or None."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("data_dialogs", "Back up your history"),
            str(_documents() / default_backup_name()),
            translate("data_dialogs", BACKUP_FILTER),
        )
        if not name:
            return None
        path = Path(name)
    try:
        store.backup_to(path)
    except StoreError as exc:
        show_message(
            parent,
            "warning",
            translate("data_dialogs", "Backup not saved"),
            translate("data_dialogs", "The backup was not saved.\n\n{error}").format(error=exc),
        )
        return None
    show_message(
        parent,
        "information",
        translate("data_dialogs", "Backup saved"),
        translate(
            "data_dialogs",
            "Saved a copy of your history to {path}.\n\nIt holds your ratings and journal: keep "
            "it somewhere private. To bring it back later, choose Restore from a backup.",
        ).format(path=path),
    )
    return path


# -- restore -------------------------------------------------------------------------------------


class RestoreConfirmDialog(QDialog):
    """What the backup holds and what happens to the current history; Restore or Cancel."""

    def __init__(self, source: Path, target: Path, summary: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(translate("data_dialogs", "Restore from backup"))
        title = QLabel(translate("data_dialogs", "Restore your history from this backup?"))
        title.setObjectName("checkInTitle")
        title.setWordWrap(True)
        self.text_label = QLabel(
            translate(
                "data_dialogs",
                "{source}\n{summary}\n\nThis replaces your current history with the one in the "
                "backup. The current one is kept aside as {name}.before-restore-<date and time> "
                "in {folder}, so nothing is lost.",
            ).format(source=source, summary=summary, name=target.name, folder=target.parent)
        )
        self.text_label.setObjectName("checkInHint")
        self.text_label.setWordWrap(True)
        self.restore_button = big_button(
            translate("data_dialogs", "&Restore"),
            "restoreButton",
            translate("data_dialogs", "Replace and restore"),
        )
        self.cancel_button = big_button(
            translate("data_dialogs", "Cancel"),
            "restoreCancel",
            translate("data_dialogs", "Keep the current history"),
        )
        self.cancel_button.setDefault(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 18)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(self.text_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.restore_button)
        column.addLayout(row)
        self.restore_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        keep_text_unclipped(self)


def describe_backup(path: Path) -> str:
    """``"It holds 345 practice sessions and 700 check-ins, the latest from 25 November 2026."``"""
    with Store.open(path) as store:
        sessions, checkins = store.sessions(), store.checkins()
    times = [s.started_at for s in sessions] + [c.taken_at for c in checkins]
    n = len(sessions)
    held = translate("data_dialogs", "%n practice session(s)", None, n)
    n = len(checkins)
    rated = translate("data_dialogs", "%n check-in(s)", None, n)
    if not times:
        return translate("data_dialogs", "It holds {sessions} and {checkins}.").format(
            sessions=held, checkins=rated
        )
    latest = max(times).astimezone()
    day = QLocale().toString(
        QDate(latest.year, latest.month, latest.day), translate("data_dialogs", "d MMMM yyyy")
    )
    return translate(
        "data_dialogs", "It holds {sessions} and {checkins}, the latest from {date}."
    ).format(sessions=held, checkins=rated, date=day)


def restore_history(
    parent: QWidget | None, store: Store, source: Path | None = None
) -> Store | None:
    """Restore ``source`` (asked for if None) over the history that ``store`` has open.

    Returns None if nothing changed (cancelled, or the file was refused): ``store`` is still
    open and in use. Otherwise ``store`` has been closed and the returned Store is the one to
    use from now on (the restored history or, if the last step failed, the old one reopened);
    reload every view from it.
    """
    if source is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("data_dialogs", "Restore from backup"),
            str(_documents()),
            translate("data_dialogs", BACKUP_FILTER),
        )
        if not name:
            return None
        source = Path(name)
    target = store.path
    with tempfile.TemporaryDirectory(prefix="somatic-restore-") as scratch:
        checked = Path(scratch) / target.name
        try:  # the whole check (and any migration) on a scratch copy first
            restore_database(source, checked, now=datetime.now(UTC))
            summary = describe_backup(checked)
        except StoreError as exc:
            show_message(
                parent,
                "warning",
                translate("data_dialogs", "This file cannot be restored"),
                _refusal(exc),
            )
            return None
        dialog = RestoreConfirmDialog(source, target, summary, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        store.close()
        try:
            restored = Store.restore_from(checked, target)
        except StoreError as exc:
            show_message(
                parent,
                "warning",
                translate("data_dialogs", "History not restored"),
                translate("data_dialogs", "Your history was not changed.\n\n{error}").format(
                    error=exc
                ),
            )
            return Store.open(target)
    aside = kept_aside(target)
    text = (
        translate(
            "data_dialogs", "Restored from {source}.\n\nYour previous history is kept as {aside}."
        ).format(source=source, aside=aside[-1])
        if aside
        else translate("data_dialogs", "Restored from {source}.").format(source=source)
    )
    show_message(parent, "information", translate("data_dialogs", "History restored"), text)
    return restored


def _refusal(exc: StoreError) -> str:
    return translate(
        "data_dialogs", "Your current history has not been changed.\n\n{error}"
    ).format(error=exc)


# -- delete all ----------------------------------------------------------------------------------


class DeleteAllDialog(QDialog):
    """Says what goes and what stays; Delete works only once DELETE has been typed."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteAllDialog")
        self.setWindowTitle(translate("data_dialogs", "Delete all my data"))
        title = QLabel(translate("data_dialogs", "Delete all your data?"))
        title.setObjectName("checkInTitle")
        text = QLabel(
            translate(
                "data_dialogs",
                "This deletes every practice session, check-in, body map, journal entry, weekly "
                "check and logged ketamine session from this computer. It cannot be undone.\n\n"
                "Exports and backups you saved elsewhere are not touched; delete those files "
                "yourself if you want them gone. Your settings stay as they are.",
            )
        )
        text.setObjectName("checkInHint")
        text.setWordWrap(True)
        self.asides = kept_aside(db_path)
        count = len(self.asides)
        self.aside_check = QCheckBox(
            translate(
                "data_dialogs",
                "Also delete the %n earlier history(ies) kept aside by restores",
                None,
                count,
            )
        )
        self.aside_check.setObjectName("deleteAsides")
        self.aside_check.setChecked(True)
        self.aside_check.setVisible(bool(self.asides))
        self.word = confirm_word()
        prompt = QLabel(
            translate("data_dialogs", "To confirm, type {word} below.").format(word=self.word)
        )
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("deleteConfirmEdit")
        self.confirm_edit.setAccessibleName(
            translate("data_dialogs", "Type {word} to confirm").format(word=self.word)
        )
        prompt.setBuddy(self.confirm_edit)
        self.delete_button = big_button(
            translate("data_dialogs", "Delete everything"),
            "deleteAllButton",
            translate("data_dialogs", "Delete all your data"),
            primary=True,
        )
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.cancel_button = big_button(
            translate("data_dialogs", "Cancel"),
            "deleteAllCancel",
            translate("data_dialogs", "Keep your data"),
        )
        self.cancel_button.setDefault(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 18)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(text)
        column.addWidget(self.aside_check)
        column.addWidget(prompt)
        column.addWidget(self.confirm_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.delete_button)
        column.addLayout(row)
        self.confirm_edit.textChanged.connect(self._on_confirm_edit_text_changed)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_edit.setFocus()
        keep_text_unclipped(self)

    def confirmed(self) -> bool:
        return self.confirm_edit.text().strip() == self.word

    def _on_confirm_edit_text_changed(self, _text: str) -> None:
        self.delete_button.setEnabled(self.confirmed())

    def _on_delete_button_clicked(self) -> None:
        if self.confirmed():
            self.accept()


def delete_all_data(parent: QWidget | None, store: Store) -> bool:
    """Ask (DELETE must be typed), then delete every record; True if deleted."""
    dialog = DeleteAllDialog(store.path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.confirmed():
        return False
    try:
        store.delete_all()
    except (sqlite3.Error, OSError) as exc:  # disk full, locked, read-only
        show_message(
            parent,
            "warning",
            translate("data_dialogs", "Data not deleted"),
            translate("data_dialogs", "Nothing was deleted.\n\n{error}").format(error=exc),
        )
        return False
    left: list[Path] = []
    if dialog.asides and dialog.aside_check.isChecked():
        for aside in dialog.asides:
            for path in (aside, *(aside.with_name(aside.name + s) for s in _COMPANIONS)):
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    left.append(path)
    text = translate(
        "data_dialogs",
        "All your data was deleted from this computer. Exports and backups saved elsewhere "
        "were not touched.",
    )
    if left:
        text += translate("data_dialogs", "\n\nThese files could not be deleted: {files}").format(
            files=", ".join(str(p) for p in left)
        )
    show_message(parent, "information", translate("data_dialogs", "Data deleted"), text)
    return True
