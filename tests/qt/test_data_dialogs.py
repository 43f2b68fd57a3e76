"""The export dialog (CSV, FHIR and PDF in a worker thread, with progress) and the backup, restore
and delete-all dialogs: what they write, what they refuse, and what they ask first."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from somatic_player.history.demo import fill_demo
from somatic_player.history.store import Store
from somatic_player.qt import data_dialogs
from somatic_player.qt.data_dialogs import (
    CONFIRM_WORD,
    DeleteAllDialog,
    RestoreConfirmDialog,
    backup_history,
    delete_all_data,
    restore_history,
)
from somatic_player.qt.export_dialog import ExportDialog, local_midnight

TODAY = date(2026, 11, 25)
END = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
JOURNAL_TEXT = "Shoulders lower after the evening practice."


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "history.sqlite3"
    with Store.open(path, clock=lambda: datetime(2026, 11, 20, 12, 0, tzinfo=UTC)) as store:
        fill_demo(store, days=20, end=END)
        store.add_journal("What do you notice in your body right now?", JOURNAL_TEXT)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes recorded instead of shown: (kind, title, text)."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        data_dialogs,
        "show_message",
        lambda parent, kind, title, text: seen.append((kind, title, text)),
    )
    return seen


def export(qtbot: QtBot, dialog: ExportDialog, path: Path) -> list[int]:
    """Run an export to ``path`` and wait for the worker; the progress values seen."""
    values: list[int] = []
    dialog.progress_bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_to(path)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    return values


def make_dialog(qtbot: QtBot, db_path: Path) -> ExportDialog:
    dialog = ExportDialog(db_path, today=TODAY, folder=db_path.parent)
    qtbot.addWidget(dialog)
    return dialog


# -- export dialog -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "fhir", "pdf"])
def test_export_writes_the_chosen_format_with_progress(
    qtbot: QtBot, db_path: Path, tmp_path: Path, fmt: str
) -> None:
    dialog = make_dialog(qtbot, db_path)
    dialog.set_format(fmt)
    dialog.set_preset("all")
    assert dialog.date_range() == (None, None)
    out = tmp_path / dialog.default_file_name()
    assert out.name == f"somatic-history-2026-11-25.{'json' if fmt == 'fhir' else fmt}"
    values = export(qtbot, dialog, out)
    data = out.read_bytes()
    if fmt == "csv":
        with out.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert {r["record_type"] for r in rows} >= {"checkin", "session"}
    elif fmt == "fhir":
        assert json.loads(data)["resourceType"] == "Bundle"
    else:
        assert data.startswith(b"%PDF")
    bar = dialog.progress_bar
    assert bar.maximum() > 0 and bar.value() == bar.maximum()  # 100 %
    assert values and values[-1] == bar.maximum()
    assert dialog.saved_path == out
    assert dialog.status_label.text().startswith(f"Saved to {out}")
    assert dialog.open_folder_button.isVisibleTo(dialog)
    assert dialog.export_button.isEnabled() and dialog.close_button.isEnabled()


def test_the_dialog_waits_while_an_export_runs(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, db_path)
    dialog.show()
    dialog.set_format("pdf")
    dialog.set_preset("all")
    dialog.export_to(tmp_path / "r.pdf")
    # The worker reports back through the event loop, so it counts as running until then.
    assert dialog.is_running()
    assert not dialog.export_button.isEnabled() and not dialog.close_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible() and "still being written" in dialog.status_label.text()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert dialog.export_button.isEnabled() and (tmp_path / "r.pdf").exists()
    dialog.reject()
    assert not dialog.isVisible()


def test_journal_entries_go_along_only_when_ticked(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, db_path)
    dialog.set_format("csv")
    dialog.set_preset("all")
    assert not dialog.journal_check.isChecked()  # off by default
    export(qtbot, dialog, tmp_path / "without.csv")
    assert JOURNAL_TEXT not in (tmp_path / "without.csv").read_text(encoding="utf-8")
    dialog.journal_check.setChecked(True)
    export(qtbot, dialog, tmp_path / "with.csv")
    assert JOURNAL_TEXT in (tmp_path / "with.csv").read_text(encoding="utf-8")
    dialog.set_format("fhir")
    assert not dialog.journal_check.isEnabled() and not dialog.journal_check.isChecked()
    dialog.set_format("pdf")
    assert dialog.journal_check.isEnabled()


def test_presets_and_dates(qtbot: QtBot, db_path: Path) -> None:
    dialog = make_dialog(qtbot, db_path)
    assert dialog.preset() == "30"
    assert dialog.date_range() == (
        local_midnight(TODAY - timedelta(days=29)),
        local_midnight(TODAY + timedelta(days=1)),
    )
    dialog.set_preset("365")
    assert dialog.date_range()[0] == local_midnight(TODAY - timedelta(days=364))
    dialog.set_preset("all")
    assert not dialog.from_edit.isEnabled() and dialog.date_range() == (None, None)
    dialog.set_preset("90")
    dialog.set_dates(date(2026, 11, 1), date(2026, 11, 10))
    assert dialog.preset() == "custom"
    assert dialog.date_range() == (
        local_midnight(date(2026, 11, 1)),
        local_midnight(date(2026, 11, 11)),
    )


def test_a_failed_export_says_so_and_writes_nothing(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, db_path)
    dialog.set_format("pdf")
    out = tmp_path / "missing" / "r.pdf"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert "Nothing was saved" in dialog.status_label.text()
    assert "does not exist" in dialog.status_label.text()
    assert not out.exists() and dialog.saved_path is None
    assert not dialog.open_folder_button.isVisibleTo(dialog)


def test_the_first_day_after_the_last_is_refused(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, db_path)
    dialog.set_dates(date(2026, 11, 20), date(2026, 11, 10))
    dialog.export_to(tmp_path / "r.csv")
    assert not dialog.is_running()
    assert "first day is after the last day" in dialog.status_label.text()


# -- backup and restore --------------------------------------------------------------------------


def counts(store: Store) -> tuple[int, int]:
    return len(store.sessions()), len(store.checkins())


def test_backup_writes_a_file_and_says_where(
    store: Store, tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    out = tmp_path / "backup.sqlite3"
    assert backup_history(None, store, out) == out
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    assert messages[-1][:2] == ("information", "Backup saved") and str(out) in messages[-1][2]
    assert backup_history(None, store, tmp_path / "no" / "b.sqlite3") is None
    assert messages[-1][:2] == ("warning", "Backup not saved")
    assert "does not exist" in messages[-1][2]


def test_restore_refuses_a_garbage_file_and_keeps_the_history(
    store: Store, tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    before = counts(store)
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_bytes(b"this is not a database at all\n" * 100)
    assert restore_history(None, store, garbage) is None
    kind, title, text = messages[-1]
    assert (kind, title) == ("warning", "This file cannot be restored")
    assert "not been changed" in text and "not an SQLite database" in text
    assert counts(store) == before  # still open, still the same
    assert data_dialogs.kept_aside(store.path) == []


def test_restore_refuses_a_backup_from_a_newer_version(
    store: Store, tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    backup = tmp_path / "future.sqlite3"
    store.backup_to(backup)
    conn = sqlite3.connect(backup)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert restore_history(None, store, backup) is None
    assert "newer version" in messages[-1][2]
    assert counts(store)[0] > 0


def test_restore_asks_then_replaces_and_keeps_the_old_history_aside(
    store: Store,
    tmp_path: Path,
    messages: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "backup.sqlite3"
    store.backup_to(backup)
    expected, entries = counts(store), len(store.journal_entries())
    store.add_journal("Anything else?", "written after the backup")
    asked: list[str] = []

    def answer(result: QDialog.DialogCode) -> object:
        def fake_exec(self: RestoreConfirmDialog) -> int:
            asked.append(self.text_label.text())
            return result.value

        return fake_exec

    monkeypatch.setattr(RestoreConfirmDialog, "exec", answer(QDialog.DialogCode.Rejected))
    assert restore_history(None, store, backup) is None
    assert len(store.journal_entries()) == entries + 1  # cancelled: still open, unchanged
    assert "kept aside as history.sqlite3.before-restore-" in asked[-1]
    assert f"It holds {expected[0]} practice sessions and {expected[1]} check-ins" in asked[-1]

    monkeypatch.setattr(RestoreConfirmDialog, "exec", answer(QDialog.DialogCode.Accepted))
    restored = restore_history(None, store, backup)
    assert restored is not None
    try:
        assert counts(restored) == expected and len(restored.journal_entries()) == entries
        [aside] = data_dialogs.kept_aside(restored.path)
        assert messages[-1][:2] == ("information", "History restored")
        assert str(aside) in messages[-1][2]
        with pytest.raises(sqlite3.ProgrammingError):
            store.sessions()  # the caller's store was closed
    finally:
        restored.close()


# -- delete all ----------------------------------------------------------------------------------


def test_delete_needs_the_word_delete(qtbot: QtBot, store: Store) -> None:
    dialog = DeleteAllDialog(store.path)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "delete")
    assert not dialog.delete_button.isEnabled()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, CONFIRM_WORD)
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.delete_button.click()


def test_delete_all_only_after_confirmation(
    qtbot: QtBot,
    store: Store,
    messages: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    aside = store.path.with_name(store.path.name + ".before-restore-20261101T080000Z")
    aside.write_bytes(b"an earlier history")

    def cancel(self: DeleteAllDialog) -> int:
        qtbot.keyClicks(self.confirm_edit, "DELET")
        self.delete_button.click()  # disabled: does nothing
        return int(self.result())

    monkeypatch.setattr(DeleteAllDialog, "exec", cancel)
    assert delete_all_data(None, store) is False
    assert store.has_records() and aside.exists()

    def confirm(self: DeleteAllDialog) -> int:
        assert self.aside_check.isVisibleTo(self) and self.aside_check.isChecked()
        qtbot.keyClicks(self.confirm_edit, CONFIRM_WORD)
        self.delete_button.click()
        return int(self.result())

    monkeypatch.setattr(DeleteAllDialog, "exec", confirm)
    assert delete_all_data(None, store) is True
    assert not store.has_records() and not aside.exists()
    kind, title, text = messages[-1]
    assert (kind, title) == ("information", "Data deleted")
    assert "Exports and backups saved elsewhere were not touched" in text
