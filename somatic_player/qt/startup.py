"""Notice when a widget is next painted: how start-up knows the window is really on screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class NextPaintWatcher(QObject):
    """Watches one widget and reports its next paint (its first, if never shown) just once.

    Signals:
        painted(): emitted once, from the event loop, right after that paint has been handled.
    """

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Emit once the paint, and the flush of the backing store to the window, are done.
            QTimer.singleShot(0, self.painted.emit)
        return False
