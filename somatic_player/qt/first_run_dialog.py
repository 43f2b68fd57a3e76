"""The statement of purpose shown once before first use, acknowledged with "I understand".

The words come from scripts/safety/first-run.toml. Acknowledgement is kept in the history
store's app state together with the statement's revision, so raising the revision in the file
asks everyone once more.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from somatic_player.content.safety import FirstRunText, first_run_text
from somatic_player.history.store import to_iso, utc_now
from somatic_player.i18n import translate
from somatic_player.qt.crisis_dialog import big_button, crisis_action, keep_text_unclipped

REVISION_KEY = "first_run.acknowledged_revision"
ACKNOWLEDGED_AT_KEY = "first_run.acknowledged_at"


class StateStore(Protocol):
    """The part of the history store this module uses (``history.store.Store`` has it)."""

    def get_state(self, key: str, default: str | None = None) -> str | None: ...

    def set_state(self, key: str, value: str) -> None: ...


def needs_first_run(store: StateStore, text: FirstRunText | None = None) -> bool:
    """True until the current revision of the statement has been acknowledged."""
    revision = (text or first_run_text()).revision
    stored = store.get_state(REVISION_KEY)
    return not (stored is not None and stored.isdigit() and int(stored) >= revision)


def mark_first_run_done(store: StateStore, text: FirstRunText | None = None) -> None:
    """Remember that the current statement was acknowledged, and when."""
    store.set_state(ACKNOWLEDGED_AT_KEY, to_iso(utc_now()))
    store.set_state(REVISION_KEY, str((text or first_run_text()).revision))


class FirstRunDialog(QDialog):
    """The first-run statement with "I understand" (the default button) and "Crisis resources".

    Signals:
        acknowledged(): "I understand" was chosen (the dialog then closes as accepted).
    """

    acknowledged = Signal()

    def __init__(self, text: FirstRunText | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = text or first_run_text()
        self.statement = text
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(text.title)
        self.setMinimumWidth(600)

        self.title = QLabel(text.title)
        self.title.setObjectName("firstRunTitle")
        self.paragraphs: list[QLabel] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 28, 32, 22)
        column.setSpacing(12)
        column.addWidget(self.title)
        for paragraph in text.paragraphs:
            label = QLabel(paragraph)
            label.setObjectName("firstRunParagraph")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.paragraphs.append(label)
            column.addWidget(label)
        column.addSpacing(8)

        self.crisis_action = crisis_action(self)
        self.crisis_button = big_button(
            text.crisis_button, "crisisButton", self.crisis_action.toolTip()
        )
        self.crisis_button.setAutoDefault(False)
        self.acknowledge_button = big_button(
            text.acknowledge,
            "acknowledgeButton",
            translate("first_run_dialog", "I have read this and want to continue"),
            primary=True,
        )
        self.acknowledge_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.crisis_button)
        buttons.addStretch(1)
        buttons.addWidget(self.acknowledge_button)
        column.addLayout(buttons)
        QWidget.setTabOrder(self.acknowledge_button, self.crisis_button)

        self.crisis_button.clicked.connect(self.crisis_action.trigger)
        self.acknowledge_button.clicked.connect(self._on_acknowledge_button_clicked)
        self.acknowledge_button.setFocus()
        self.resize(660, self.height())
        keep_text_unclipped(self)

    def _on_acknowledge_button_clicked(self) -> None:
        self.acknowledged.emit()
        self.accept()


def ensure_first_run(store: StateStore, parent: QWidget | None = None) -> bool:
    """Show the statement if it has not been acknowledged; True when the person may continue.

    Runs the dialog modally. On "I understand" the acknowledgement is stored (durably) before
    this returns True; if the dialog is closed without it, nothing is stored and this returns
    False (the caller should not go on; the next start asks again).
    """
    if not needs_first_run(store):
        return True
    dialog = FirstRunDialog(parent=parent)
    dialog.acknowledged.connect(lambda: mark_first_run_done(store))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
