"""Notice a window's first paint: the moment start-up is over for the person waiting for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaintWatcher(QObject):
    """Watches one widget and reports its first paint once that paint has been handled.

    Signals:
        first_painted(): emitted once, from the event loop, just after the first paint event.
    """

    first_painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Emit after the paint (and the flush to the window) has finished.
            QTimer.singleShot(0, self.first_painted.emit)
        return False
