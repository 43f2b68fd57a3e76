"""Log the time of a ketamine-assisted session, so the app can keep the next days light.

Within 24 hours of a logged session (or until the person says they have slept) practice is kept
to lying or seated, release-only, without breath holds; the 72 hours after are "integration days"
with lighter suggestions. The adaptation rules do that; this dialog only records the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import MIN_TARGET_PX, big_button, keep_text_unclipped

# In English; shown as translate("ketamine_dialog", AFTER_SESSION_TEXT).
AFTER_SESSION_TEXT = QT_TRANSLATE_NOOP(
    "ketamine_dialog",
    "For the next 24 hours, or until you have slept, the app keeps to lying and seated practice, "
    "without breath holds or muscle tensing. Please do not drive today, and follow your clinic's "
    "advice.",
)
MAX_NOTE_CHARS = 500


@dataclass(frozen=True)
class KetamineLog:
    at: datetime  # aware, UTC
    note: str


class KetamineSessionDialog(QDialog):
    """When the session was (default: now; never in the future) and an optional short note.

    Signals:
        logged(object): a KetamineLog when saved (nothing on Cancel).
    """

    logged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ketamineDialog")
        self.setWindowTitle(translate("ketamine_dialog", "Log a ketamine-assisted session"))
        self.result_log: KetamineLog | None = None
        current = QDateTime.currentDateTime() if now is None else _qt(now)
        intro = QLabel(
            translate(
                "ketamine_dialog",
                "When did your session start? The app then suggests lighter practice for the "
                "next few days.",
            )
        )
        intro.setObjectName("checkInHint")
        intro.setWordWrap(True)
        self.when_edit = QDateTimeEdit(current)
        self.when_edit.setObjectName("ketamineWhen")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMaximumDateTime(current)
        self.when_edit.setMinimumDateTime(current.addDays(-365))
        self.when_edit.setAccessibleName(
            translate("ketamine_dialog", "Date and time the session started")
        )
        self.when_edit.setToolTip(
            translate("ketamine_dialog", "Date and time the session started (not in the future)")
        )
        self.when_edit.setMinimumHeight(MIN_TARGET_PX)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("ketamineNote")
        self.note_edit.setMaxLength(MAX_NOTE_CHARS)
        self.note_edit.setPlaceholderText(
            translate("ketamine_dialog", "Optional, e.g. session 3 of 6")
        )
        self.note_edit.setAccessibleName(translate("ketamine_dialog", "Note"))
        self.note_edit.setToolTip(
            translate("ketamine_dialog", "An optional short note; it stays on this computer")
        )
        self.note_edit.setMinimumHeight(MIN_TARGET_PX)
        advice = QLabel(translate("ketamine_dialog", AFTER_SESSION_TEXT))
        advice.setObjectName("ketamineAdvice")
        advice.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ketamine_dialog", "&When"), self.when_edit)
        form.addRow(translate("ketamine_dialog", "&Note"), self.note_edit)
        self.save_button = big_button(
            translate("ketamine_dialog", "Save"),
            "ketamineSave",
            translate("ketamine_dialog", "Save this session time"),
            primary=True,
        )
        self.save_button.setDefault(True)
        self.cancel_button = big_button(
            translate("ketamine_dialog", "Cancel"),
            "ketamineCancel",
            translate("ketamine_dialog", "Close without saving"),
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(14)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(advice)
        column.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.when_edit.setFocus()
        keep_text_unclipped(self)

    def _on_save_button_clicked(self) -> None:
        when = self.when_edit.dateTime().toUTC().toSecsSinceEpoch()
        log = KetamineLog(datetime.fromtimestamp(when, UTC), self.note_edit.text().strip())
        self.result_log = log
        self.logged.emit(log)
        self.accept()


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
