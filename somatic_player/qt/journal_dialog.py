"""A journal prompt after practice: an open question, room to write, Save or Skip.

Words someone has typed are not thrown away by a stray key: Escape does nothing while the box
has text (Skip or closing the window lets it go). Nothing is written here: the dialog emits
``journal_done`` and the controller stores the entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import (
    big_button,
    crisis_action,
    keep_text_unclipped,
)

# In English; the dialog shows (and keeps with the entry) the translated prompt.
DEFAULT_PROMPT = QT_TRANSLATE_NOOP("journal_dialog", "What do you notice in your body right now?")
_NOTE = QT_TRANSLATE_NOOP("journal_dialog", "Your words stay on this computer. Ctrl+Enter saves.")
_KEEP_OR_SKIP = QT_TRANSLATE_NOOP(
    "journal_dialog", "Choose Save to keep what you wrote, or Skip to let it go."
)


@dataclass(frozen=True)
class JournalResult:
    """The prompt and what was written (empty when skipped)."""

    prompt: str
    text: str
    skipped: bool


class JournalDialog(QDialog):
    """The prompt, a text box, Save (Ctrl+Enter) and Skip. ``prompt`` is shown as given
    (a routine's prompt comes translated with the routine); :data:`DEFAULT_PROMPT` is
    translated here.

    Signals:
        journal_done(object): a JournalResult, emitted exactly once when the dialog finishes.
    """

    journal_done = Signal(object)

    def __init__(self, prompt: str = DEFAULT_PROMPT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalDialog")
        self.setWindowTitle(translate("journal_dialog", "Journal"))
        self.setMinimumSize(560, 420)
        if prompt == DEFAULT_PROMPT:
            prompt = translate("journal_dialog", DEFAULT_PROMPT)
        self.prompt = prompt
        self._note = translate("journal_dialog", _NOTE)
        self.outcome: JournalResult | None = None

        self.prompt_label = QLabel(prompt)
        self.prompt_label.setObjectName("journalPrompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("journalEdit")
        self.edit.setAccessibleName(translate("journal_dialog", "Your journal entry"))
        self.edit.setAccessibleDescription(prompt)
        self.edit.setToolTip(translate("journal_dialog", "Write as much or as little as you like"))
        self.edit.setTabChangesFocus(True)
        self.prompt_label.setBuddy(self.edit)
        self.note = QLabel(self._note)
        self.note.setObjectName("journalNote")
        self.note.setWordWrap(True)

        self.save_button = big_button(
            translate("journal_dialog", "Save"),
            "journalSaveButton",
            translate("journal_dialog", "Save this entry"),
            primary=True,
        )
        self.save_button.setEnabled(False)
        self.save_button.setAutoDefault(False)
        self.skip_button = big_button(
            translate("journal_dialog", "Skip"),
            "journalSkipButton",
            translate("journal_dialog", "Close without saving"),
        )
        self.skip_button.setAutoDefault(False)
        self.crisis_action = crisis_action(self)
        self.crisis_button = big_button(
            self.crisis_action.text(), "crisisButton", self.crisis_action.toolTip()
        )
        self.crisis_button.setAutoDefault(False)
        self.crisis_button.clicked.connect(self.crisis_action.trigger)

        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(12)
        column.addWidget(self.prompt_label)
        column.addWidget(self.edit, 1)
        column.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.crisis_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        QWidget.setTabOrder(self.edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.skip_button)
        QWidget.setTabOrder(self.skip_button, self.crisis_button)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self._on_save_button_clicked)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.edit.setFocus()
        keep_text_unclipped(self)

    def text(self) -> str:
        return self.edit.toPlainText()

    def _has_words(self) -> bool:
        return bool(self.text().strip())

    def _finish(self, result: JournalResult) -> None:
        if self.outcome is None:
            self.outcome = result
            self.journal_done.emit(result)

    def _on_edit_text_changed(self) -> None:
        self.save_button.setEnabled(self._has_words())
        if self.note.text() != self._note:
            self.note.setText(self._note)

    def _on_save_button_clicked(self) -> None:
        if not self._has_words():
            return
        self._finish(JournalResult(self.prompt, self.text().strip(), skipped=False))
        self.accept()

    def _on_skip_button_clicked(self) -> None:
        self._finish(JournalResult(self.prompt, "", skipped=True))
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._has_words():
            # A stray Escape must not lose what was written.
            self.note.setText(translate("journal_dialog", _KEEP_OR_SKIP))
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Skip, Escape (while the box is empty) and closing the window finish as skipped."""
        self._finish(JournalResult(self.prompt, "", skipped=True))
        super().reject()
