"""The main window: a frame whose pages are the library and, during a session, the player.

Opening the app should feel instant, so this module is kept light: it imports only the widget
classes a bare window needs and touches no Qt enum (creating PySide's Python enums for the ``Qt``
namespace alone costs ~10 ms). Built with ``deferred=True`` the window paints a quiet "opening"
page first and builds the library page (library_page.py) when :meth:`LibraryWindow.finish` is
called, which the app does right after the first paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListView

    from somatic_player.qt.library_page import LibraryPage, RoutineDetailView
    from somatic_player.qt.routine_list import RoutineFilterModel, RoutineSummary

WINDOW_TITLE = "Somatic Player"


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
        if deferred and entries is None:
            # Styled (and centred) by the theme's #openingLabel rule, not from Python.
            self._opening = QLabel("Somatic Player\n\nOpening your library…")
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
