"""Check-ins as the app runs them: the quick ratings with the body map beside them, saved durably.

Used around every practice (before/after) and on its own at any time. The dialog is built here
with a body-map editor; saving goes through the store, whose commit is on disk (synchronous=FULL)
before :func:`save_checkin` returns, and only then does the window say "Saved".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from somatic_player.i18n import translate
from somatic_player.qt.checkin_dialog import CheckInResult, QuickCheckInDialog
from somatic_player.qt.ui_state import ui_state

if TYPE_CHECKING:
    from somatic_player.history.records import CheckIn
    from somatic_player.history.store import Store
    from somatic_player.qt.bodymap_editor import BodyMapEditor

log = logging.getLogger(__name__)
Moment = Literal["before", "after", "standalone"]
SAVED_MESSAGE_MS = 4000
_OUTLINE_KEY = "bodymap/outline"


def checkin_dialog(
    moment: Moment,
    parent: QWidget | None,
    store: Store | None,
    *,
    initial: Any = None,
    with_body_map: bool = True,
) -> QuickCheckInDialog:
    """A check-in dialog with the body map, "same as last time" from the store, and ``initial``
    answers filled in (the after check-in starts from the before one)."""
    previous = None
    if store is not None:
        try:
            previous = store.latest_checkin()
        except Exception:  # an unreadable history must not block practice
            log.exception("the last check-in could not be read")
    dialog = QuickCheckInDialog(moment, previous, parent=parent, initial=initial)
    if with_body_map:
        dialog.set_body_editor(body_map_editor(dialog))
        fit_to_screen(dialog, 1280, 960)
    return dialog


def body_map_editor(parent: QWidget | None = None) -> BodyMapEditor:
    """The body-map editor with the figure outline the person chose last time."""
    from somatic_player.qt.bodymap_editor import BodyMapEditor

    outline = str(ui_state().value(_OUTLINE_KEY, "neutral"))
    if outline not in ("neutral", "female", "male"):
        outline = "neutral"
    editor = BodyMapEditor(parent, outline)
    editor.outline_combo.currentIndexChanged.connect(
        lambda _i: ui_state().setValue(_OUTLINE_KEY, editor.outline())
    )
    return editor


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, or to 95% of the screen where that is smaller."""
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.95))
    widget.resize(width, height)


def save_checkin(
    store: Store | None,
    moment: Moment,
    result: CheckInResult | None,
    *,
    session_id: int | None = None,
    window: QWidget | None = None,
) -> CheckIn | None:
    """Store one check-in; returns it once it is on disk (None if there is nothing to store or
    it could not be stored, in which case the person is told why)."""
    if store is None or result is None:
        return None
    try:
        saved = store.add_checkin(
            moment,
            result.pain_now,
            result.tension,
            skipped=result.skipped,
            session_id=session_id,
            body=result.body,
        )
    except Exception as exc:  # disk full, read-only folder...: say so, keep going
        log.exception("a check-in could not be saved")
        if window is not None:
            QMessageBox.warning(
                window,
                translate("checkin_flow", "Not saved"),
                translate(
                    "checkin_flow",
                    "This check-in could not be saved to your history: {error}\n"
                    "Anything saved before is still there.",
                ).format(error=exc),
            )
        return None
    if not result.skipped:
        say_saved(window, translate("checkin_flow", "Check-in saved."))
    return saved


def say_saved(window: QWidget | None, text: str) -> None:
    """A quiet confirmation in the main window's status bar (only after the commit); ``text``
    is shown as given (already translated)."""
    main = window.window() if window is not None else None
    if isinstance(main, QMainWindow):
        main.statusBar().showMessage(text, SAVED_MESSAGE_MS)


def pain_map_of(checkin: Any) -> dict[int, int]:
    """Region code -> rating (above 0) of a stored check-in's body map: today's map for the
    adaptation Profile. Empty when the map was not answered."""
    body = getattr(checkin, "body", None)
    return dict(body.painful) if body is not None else {}
