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

from PySide6.QtCore import QStandardPaths
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
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped

CONFIRM_WORD = "DELETE"
BACKUP_FILTER = "Somatic Player backups (*.sqlite3 *.db);;All files (*)"
_COMPANIONS = ("-wal", "-shm", "-journal")


def show_message(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    """A modal message box; ``kind`` is "information" or "warning"."""
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
            "Back up your history",
            str(_documents() / default_backup_name()),
            BACKUP_FILTER,
        )
        if not name:
            return None
        path = Path(name)
    try:
        store.backup_to(path)
    except StoreError as exc:
        show_message(parent, "warning", "Backup not saved", f"The backup was not saved.\n\n{exc}")
        return None
    show_message(
        parent,
        "information",
        "Backup saved",
        f"Saved a copy of your history to {path}.\n\nIt holds your ratings and journal: keep it "
        "somewhere private. To bring it back later, choose Restore from backup.",
    )
    return path


# -- restore -------------------------------------------------------------------------------------


class RestoreConfirmDialog(QDialog):
    """What the backup holds and what happens to the current history; Restore or Cancel."""

    def __init__(self, source: Path, target: Path, summary: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore from backup")
        title = QLabel("Restore your history from this backup?")
        title.setObjectName("checkInTitle")
        title.setWordWrap(True)
        self.text_label = QLabel(
            f"{source}\n{summary}\n\nThis replaces your current history with the one in the "
            f"backup. The current one is kept aside as {target.name}.before-restore-<date and "
            f"time> in {target.parent}, so nothing is lost."
        )
        self.text_label.setObjectName("checkInHint")
        self.text_label.setWordWrap(True)
        self.restore_button = big_button("&Restore", "restoreButton", "Replace and restore")
        self.cancel_button = big_button("Cancel", "restoreCancel", "Keep the current history")
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
    text = f"It holds {len(sessions)} practice sessions and {len(checkins)} check-ins"
    if times:
        latest = max(times).astimezone()
        text += f", the latest from {latest.day} {latest:%B %Y}"
    return text + "."


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
            parent, "Restore from backup", str(_documents()), BACKUP_FILTER
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
            show_message(parent, "warning", "This file cannot be restored", _refusal(exc))
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
                "History not restored",
                f"Your history was not changed.\n\n{exc}",
            )
            return Store.open(target)
    aside = kept_aside(target)
    kept = f"\n\nYour previous history is kept as {aside[-1]}." if aside else ""
    show_message(parent, "information", "History restored", f"Restored from {source}.{kept}")
    return restored


def _refusal(exc: StoreError) -> str:
    return f"Your current history has not been changed.\n\n{exc}"


# -- delete all ----------------------------------------------------------------------------------


class DeleteAllDialog(QDialog):
    """Says what goes and what stays; Delete works only once DELETE has been typed."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteAllDialog")
        self.setWindowTitle("Delete all my data")
        title = QLabel("Delete all your data?")
        title.setObjectName("checkInTitle")
        text = QLabel(
            "This deletes every practice session, check-in, body map, journal entry, weekly "
            "check and logged ketamine session from this computer. It cannot be undone.\n\n"
            "Exports and backups you saved elsewhere are not touched; delete those files "
            "yourself if you want them gone. Your settings stay as they are."
        )
        text.setObjectName("checkInHint")
        text.setWordWrap(True)
        self.asides = kept_aside(db_path)
        self.aside_check = QCheckBox(
            f"Also delete the {len(self.asides)} earlier "
            f"histor{'ies' if len(self.asides) != 1 else 'y'} kept aside by restores"
        )
        self.aside_check.setObjectName("deleteAsides")
        self.aside_check.setChecked(True)
        self.aside_check.setVisible(bool(self.asides))
        prompt = QLabel(f"To confirm, type {CONFIRM_WORD} below.")
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("deleteConfirmEdit")
        self.confirm_edit.setAccessibleName(f"Type {CONFIRM_WORD} to confirm")
        prompt.setBuddy(self.confirm_edit)
        self.delete_button = big_button(
            "Delete everything", "deleteAllButton", "Delete all your data", primary=True
        )
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.cancel_button = big_button("Cancel", "deleteAllCancel", "Keep your data")
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
        return self.confirm_edit.text().strip() == CONFIRM_WORD

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
        show_message(parent, "warning", "Data not deleted", f"Nothing was deleted.\n\n{exc}")
        return False
    left: list[Path] = []
    if dialog.asides and dialog.aside_check.isChecked():
        for aside in dialog.asides:
            for path in (aside, *(aside.with_name(aside.name + s) for s in _COMPANIONS)):
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    left.append(path)
    text = (
        "All your data was deleted from this computer. Exports and backups saved elsewhere "
        "were not touched."
    )
    if left:
        text += "\n\nThese files could not be deleted: " + ", ".join(str(p) for p in left)
    show_message(parent, "information", "Data deleted", text)
    return True
