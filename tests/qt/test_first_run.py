"""The first-run statement: shown until acknowledged once, keyboard-usable, crisis help at hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from pytestqt.qtbot import QtBot

from somatic_player.content.safety import first_run_text
from somatic_player.history.store import Store
from somatic_player.qt.crisis_dialog import CrisisDialog
from somatic_player.qt.first_run_dialog import (
    ACKNOWLEDGED_AT_KEY,
    REVISION_KEY,
    FirstRunDialog,
    ensure_first_run,
    mark_first_run_done,
    needs_first_run,
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "history.sqlite3") as opened:
        yield opened


@pytest.fixture
def dialog(qtbot: QtBot) -> FirstRunDialog:
    dlg = FirstRunDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_shows_the_statement_from_the_data_file(dialog: FirstRunDialog) -> None:
    text = first_run_text()
    assert dialog.windowTitle() == text.title
    assert [label.text() for label in dialog.paragraphs] == list(text.paragraphs)
    assert all(label.isVisible() for label in dialog.paragraphs)


def test_no_paragraph_is_clipped(dialog: FirstRunDialog) -> None:
    for label in dialog.paragraphs:
        assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_i_understand_is_the_default_and_has_focus(dialog: FirstRunDialog) -> None:
    assert dialog.acknowledge_button.text() == "I understand"
    assert dialog.acknowledge_button.isDefault()
    assert dialog.focusWidget() is dialog.acknowledge_button


def test_enter_acknowledges(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    with qtbot.waitSignal(dialog.acknowledged, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_escape_does_not_acknowledge(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    with qtbot.assertNotEmitted(dialog.acknowledged):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_crisis_resources_open_from_the_statement(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    assert dialog.crisis_button.text() == "Crisis resources"
    qtbot.mouseClick(dialog.crisis_button, Qt.MouseButton.LeftButton)
    [crisis] = [d for d in dialog.findChildren(CrisisDialog) if d.isVisible()]
    crisis.close()
    assert dialog.isVisible()  # the statement is still waiting for its answer


def test_every_button_is_large_named_and_explained(dialog: FirstRunDialog) -> None:
    for button in dialog.findChildren(QAbstractButton):
        assert button.width() >= 44 and button.height() >= 44, button.text()
        assert button.accessibleName() and button.toolTip(), button.text()


def test_needs_first_run_until_marked(store: Store, tmp_path: Path) -> None:
    assert needs_first_run(store)
    mark_first_run_done(store)
    assert not needs_first_run(store)
    assert store.get_state(REVISION_KEY) == str(first_run_text().revision)
    assert (store.get_state(ACKNOWLEDGED_AT_KEY) or "").endswith("Z")
    store.close()
    with Store.open(tmp_path / "history.sqlite3") as reopened:
        assert not needs_first_run(reopened)


def test_a_new_revision_asks_again(store: Store) -> None:
    mark_first_run_done(store)
    newer = first_run_text().model_copy(update={"revision": first_run_text().revision + 1})
    assert needs_first_run(store, newer)
    mark_first_run_done(store, newer)
    assert not needs_first_run(store, newer)


def _answer_first_run(button: str) -> None:
    modal = QApplication.activeModalWidget()
    assert isinstance(modal, FirstRunDialog)
    getattr(modal, button).click() if button != "escape" else modal.reject()


def test_ensure_first_run_records_the_acknowledgement(qtbot: QtBot, store: Store) -> None:
    QTimer.singleShot(0, lambda: _answer_first_run("acknowledge_button"))
    assert ensure_first_run(store) is True
    assert not needs_first_run(store)
    assert ensure_first_run(store) is True  # no dialog the second time


def test_ensure_first_run_closed_without_answer_stores_nothing(qtbot: QtBot, store: Store) -> None:
    QTimer.singleShot(0, lambda: _answer_first_run("escape"))
    assert ensure_first_run(store) is False
    assert needs_first_run(store)
    assert store.get_state(ACKNOWLEDGED_AT_KEY) is None
