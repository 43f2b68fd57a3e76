"""The main window: a frame whose pages are the library and, during a session, the player.

A banner (the Today panel) can be placed above the pages with :meth:`LibraryWindow.set_today_panel`;
it is shown only with the library, and only while the banner itself is not hidden.

Opening the app should feel instant, so this module is kept light: it imports only the widget
classes a bare window needs and touches no Qt enum (creating PySide's Python enums for the ``Qt``
namespace alone costs ~10 ms). Built with ``deferred=True`` the window paints a quiet "opening"
page first and builds the library page (library_page.py) when :meth:`LibraryWindow.finish` is
called, which the app does right after the first paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from somatic_player.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListView

    from somatic_player.qt.library_page import LibraryPage, RoutineDetailView
    from somatic_player.qt.routine_list import RoutineFilterModel, RoutineSummary

WINDOW_TITLE = "Somatic Player"  # the app's name, the same in every language


class LibraryWindow(QMainWindow):
    """Main window listing the routine library.

    Built without entries the library shows "Loading routines…" until :meth:`set_entries` is
    called, so the window can appear before the (slower) routine loader has run.

    Signals:
        start_requested(str): the person asked to start the routine with this id.
    """

    start_requested = Signal(str)

    def __init__(
        self,
        entries: Sequence[RoutineSummary] | None = None,
        parent: QWidget | None = None,
        *,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setMinimumSize(720, 480)
        self.resize(1040, 680)
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        self.setCentralWidget(self.pages)
        self._page: LibraryPage | None = None
        self._opening: QLabel | None = None
        self._today: QWidget | None = None
        self._today_holder: QWidget | None = None
        if deferred and entries is None:
            # Styled (and centred) by the theme's #openingLabel rule, not from Python.
            opening = translate("main_window", "Opening your library…")
            self._opening = QLabel(f"{WINDOW_TITLE}\n\n{opening}")
            self._opening.setObjectName("openingLabel")
            self.pages.addWidget(self._opening)
        else:
            self.finish(entries)

    def finish(self, entries: Sequence[RoutineSummary] | None = None) -> LibraryPage:
        """Build the library page (once) and show it; returns it."""
        if self._page is None:
            from somatic_player.qt.library_page import LibraryPage

            self._page = LibraryPage(entries)
            self._page.start_requested.connect(self.start_requested)
            self.pages.insertWidget(0, self._page)
            self.pages.setCurrentWidget(self._page)
            if self._opening is not None:
                self.pages.removeWidget(self._opening)
                self._opening.deleteLater()
                self._opening = None
        elif entries is not None:
            self._page.set_entries(entries)
        return self._page

    # -- the library page and its parts ---------------------------------------------------------

    @property
    def library_page(self) -> LibraryPage:
        return self.finish()

    @property
    def search_edit(self) -> QLineEdit:
        return self.library_page.search_edit

    @property
    def kind_filter(self) -> QComboBox:
        return self.library_page.kind_filter

    @property
    def position_filter(self) -> QComboBox:
        return self.library_page.position_filter

    @property
    def routine_list(self) -> QListView:
        return self.library_page.routine_list

    @property
    def filter_model(self) -> RoutineFilterModel:
        return self.library_page.filter_model

    @property
    def detail(self) -> RoutineDetailView:
        return self.library_page.detail

    @property
    def empty_label(self) -> QLabel:
        return self.library_page.empty_label

    def set_entries(self, entries: Sequence[RoutineSummary]) -> None:
        """Show these routines (replacing any shown), keeping the search text."""
        self.library_page.set_entries(entries)

    def show_load_error(self, message: str) -> None:
        self.library_page.show_load_error(message)

    def entry(self, routine_id: str) -> RoutineSummary | None:
        return self.library_page.entry(routine_id)

    def visible_titles(self) -> list[str]:
        return self.library_page.visible_titles()

    def select_routine(self, routine_id: str) -> bool:
        return self.library_page.select_routine(routine_id)

    # -- the banner above the library -----------------------------------------------------------

    @property
    def today_panel(self) -> QWidget | None:
        return self._today

    def set_today_panel(self, panel: QWidget) -> None:
        """Put ``panel`` above the library (replacing any earlier one).

        The panel decides whether it has something to say by hiding or showing itself; the
        window adds that it is shown only while the library is the current page, and leaves no
        gap when it is not shown.
        """
        from PySide6.QtWidgets import QVBoxLayout

        if self._today_holder is None:
            holder = QWidget()
            holder.setObjectName("todayHolder")
            box = QVBoxLayout(holder)
            # Lined up with the library page's own 28 px margins; its top margin is the gap below.
            box.setContentsMargins(28, 20, 28, 0)
            frame = QWidget()
            frame.setObjectName("mainFrame")
            column = QVBoxLayout(frame)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            self.takeCentralWidget()  # the page stack, kept (not deleted)
            column.addWidget(holder)
            column.addWidget(self.pages, 1)
            self.setCentralWidget(frame)
            self.pages.currentChanged.connect(self._sync_today)
            self._today_holder = holder
        holder_box = self._today_holder.layout()
        assert holder_box is not None
        if self._today is not None and self._today is not panel:
            self._today.removeEventFilter(self)
            holder_box.removeWidget(self._today)
            self._today.setParent(None)
        self._today = panel
        holder_box.addWidget(panel)
        panel.installEventFilter(self)
        self._sync_today()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._today and event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self._sync_today()
        return super().eventFilter(watched, event)

    def _sync_today(self, *_args: object) -> None:
        if self._today_holder is None or self._today is None:
            return
        on_library = self._page is not None and self.pages.currentWidget() is self._page
        self._today_holder.setVisible(on_library and not self._today.isHidden())

    # -- pages ----------------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        """Show another screen (the player) in place of the library."""
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def show_library(self) -> None:
        library = self.library_page
        current = self.pages.currentWidget()
        self.pages.setCurrentWidget(library)
        if current is not library and current is not None:
            self.pages.removeWidget(current)
            current.deleteLater()
        if self.isFullScreen():
            self.showNormal()
        library.routine_list.setFocus()
