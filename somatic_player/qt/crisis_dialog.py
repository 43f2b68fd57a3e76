"""Crisis resources: the numbers for the person's region first, in large type, every region a
click away, all read from scripts/safety/crisis.toml so the window works offline.

``crisis_action(window)`` gives any window a "Crisis resources" action (Ctrl+Shift+H) to put in
its toolbar or menu, so help is at most two clicks away from every screen.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from somatic_player.content.safety import (
    CrisisRegion,
    CrisisResources,
    CrisisService,
    crisis_resources,
    region_for_locale,
)
from somatic_player.content.source import SourceError
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

CRISIS_TITLE = QT_TRANSLATE_NOOP("crisis_dialog", "Crisis resources")  # translated when shown
CRISIS_SHORTCUT = "Ctrl+Shift+H"
MIN_TARGET_PX = 44  # smallest clickable size, for tremor, fatigue and touch screens

# Shown only if the shipped data file cannot be read, so this window never comes up empty.
_UNREADABLE_DATA = QT_TRANSLATE_NOOP(
    "crisis_dialog",
    "The list of crisis numbers could not be loaded. If you are in danger, call your local "
    "emergency number now. findahelpline.com lists free, confidential helplines worldwide.",
)


class BigButton(QPushButton):
    """A push button whose size hints are never under 44 x 44 px.

    Hints rather than a fixed minimum size: a fixed minimum would also let the layout squeeze
    the button narrower than its text.
    """

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(MIN_TARGET_PX, MIN_TARGET_PX))

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(MIN_TARGET_PX, MIN_TARGET_PX))


def big_button(text: str, name: str, tooltip: str, *, primary: bool = False) -> QPushButton:
    """A BigButton with an object name, an accessible name and a tooltip.

    ``primary`` sets the ``role`` property to ``primary`` for the theme (``[role="primary"]``).
    """
    button = BigButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.setToolTip(tooltip)
    button.setProperty("role", "primary" if primary else "secondary")
    return button


class _TextFitter(QObject):
    """Keeps a window at least as large as its layout needs, wrapped text included.

    Qt sizes a window from its layout's size hint, capped at two thirds of the screen, and then
    squeezes wrapped labels below the height their text needs at that width. Setting the
    window's minimum size from the layout's minimum size and minimum height-for-width (again
    whenever the layout or the width changes) keeps every line and every button whole.
    """

    _EVENTS = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._floor = window.minimumSize()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._EVENTS and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None:
                if event.type() == QEvent.Type.Show:
                    # The theme's fonts arrive with the first polish; forget hints cached before.
                    layout.invalidate()
                least = layout.totalMinimumSize()
                width = max(self._floor.width(), least.width())
                height = max(self._floor.height(), least.height())
                if layout.hasHeightForWidth():
                    wrapped = layout.minimumHeightForWidth(max(width, watched.width()))
                    height = max(height, wrapped)
                if watched.minimumSize() != QSize(width, height):
                    watched.setMinimumSize(width, height)
        return False


def keep_text_unclipped(window: QWidget) -> None:
    """Never let ``window`` become shorter than its wrapped labels need (see _TextFitter)."""
    window.installEventFilter(_TextFitter(window))


def _label(text: str, name: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def _contact_line(service: CrisisService) -> str:
    """``Call or text 988`` as rich text (the address is a link when the service has a web page)."""
    contact = html.escape(service.contact)
    if service.url:
        contact = f'<a href="{html.escape(service.url)}">{contact}</a>'
    return f"{html.escape(service.how)} {contact}"


class CrisisServiceView(QFrame):
    """One service in large type: how to reach it, then who answers and what for."""

    def __init__(self, service: CrisisService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisService")
        self.setProperty("kind", service.kind)
        self.contact = _label(_contact_line(service), "crisisContact", rich=True)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if service.url:
            self.contact.setOpenExternalLinks(True)
            flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        self.contact.setTextInteractionFlags(flags)
        self.contact.setAccessibleName(f"{service.how} {service.contact}")
        self.name = _label(service.name, "crisisServiceName")
        self.purpose = _label(service.purpose, "crisisPurpose")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.contact)
        column.addWidget(self.name)
        column.addWidget(self.purpose)


class CrisisDialog(QDialog):
    """Crisis and emergency contacts, the person's region first.

    ``locale_name`` picks the region (default: the system locale, e.g. ``en_GB``); ``data``
    defaults to the shipped file. Everything shown is local data: no network is used.

    Signals: none (it only shows information).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        locale_name: str | None = None,
        data: CrisisResources | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crisisDialog")
        self.setWindowTitle(translate("crisis_dialog", CRISIS_TITLE))
        self.setMinimumWidth(560)
        if data is None:
            try:
                data = crisis_resources()
            except SourceError:
                log.exception("crisis resources could not be read")
        name = QLocale.system().name() if locale_name is None else locale_name

        self.title = _label(translate("crisis_dialog", "If you need help now"), "crisisTitle")
        self.intro = _label(
            translate(
                "crisis_dialog",
                "If you are in danger, or thinking about harming yourself, please contact one of "
                "these services. You don't have to face this alone.",
            ),
            "crisisIntro",
        )
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.intro)

        self.region_code = ""
        self.services: list[CrisisServiceView] = []
        self.other_regions: list[str] = []
        self.fallback = _label("", "crisisFallback", rich=True)
        self.other_toggle = big_button(
            translate("crisis_dialog", "Other countries"),
            "crisisOtherToggle",
            translate("crisis_dialog", "Show the numbers for every country in the list"),
        )
        self.other_toggle.setCheckable(True)
        self.all_list = QScrollArea()
        self.all_list.setObjectName("crisisAllList")
        self.all_list.setAccessibleName(
            translate("crisis_dialog", "Crisis numbers for other countries")
        )
        self.all_list.setWidgetResizable(True)
        self.all_list.setFrameShape(QFrame.Shape.NoFrame)
        self.all_list.setMinimumHeight(220)
        self.all_list.hide()
        self.verified = _label("", "crisisVerified")
        self.verified.setAlignment(Qt.AlignmentFlag.AlignLeft)

        if data is None:
            self.unavailable = _label(
                translate("crisis_dialog", _UNREADABLE_DATA), "crisisUnavailable"
            )
            column.addWidget(self.unavailable)
            self.other_toggle.hide()
        else:
            self._fill(column, data, region_for_locale(name, data))

        self.close_button = big_button(
            translate("crisis_dialog", "Close"),
            "crisisCloseButton",
            translate("crisis_dialog", "Close this window"),
        )
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_toggle)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column.addWidget(self.all_list, 1)
        column.addStretch(0)  # takes spare height while the list is hidden
        column.addWidget(self.verified)
        column.addLayout(buttons)
        self.other_toggle.toggled.connect(self._on_other_toggle_toggled)
        self.close_button.setFocus()
        self.resize(620, self.height())
        keep_text_unclipped(self)

    def _fill(self, column: QVBoxLayout, data: CrisisResources, code: str) -> None:
        region = data.region(code)
        self.region_code = code
        card = QFrame()
        card.setObjectName("crisisRegionCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 18)
        inner.setSpacing(14)
        heading = (
            region.name if code != data.fallback else translate("crisis_dialog", "Wherever you are")
        )
        self.region_name = _label(heading, "crisisRegionName")
        inner.addWidget(self.region_name)
        for service in region.services:
            view = CrisisServiceView(service)
            self.services.append(view)
            inner.addWidget(view)
        column.addWidget(card)

        if code != data.fallback:
            lines = [
                f"<b>{html.escape(s.name)}</b> · {_contact_line(s)}<br>{html.escape(s.purpose)}"
                for s in data.fallback_region.services
            ]
            self.fallback.setText("<br>".join(lines))
            self.fallback.setOpenExternalLinks(True)
            self.fallback.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            column.addWidget(self.fallback)

        others = [r for r in data.ordered_for(code) if r.code != code]
        self.other_regions = [r.code for r in others]
        self.all_list.setWidget(self._region_list(others))
        day = data.last_verified
        # The date in the interface language: a Qt date format, "d. MMMM yyyy" in German.
        date_format = translate("crisis_dialog", "d MMMM yyyy", "date format of the check date")
        when = QLocale().toString(QDate(day.year, day.month, day.day), date_format)
        self.verified.setText(
            translate(
                "crisis_dialog",
                "Numbers last checked on {date}. They are stored on this computer, "
                "so this window works without an internet connection.",
            ).format(date=when)
        )

    @staticmethod
    def _region_list(regions: list[CrisisRegion]) -> QWidget:
        page = QWidget()
        page.setObjectName("crisisAllPage")
        page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        for region in regions:
            column.addWidget(_label(region.name, "crisisListRegion"))
            for service in region.services:
                line = _label(
                    f"<b>{_contact_line(service)}</b> · {html.escape(service.name)}",
                    "crisisListService",
                    rich=True,
                )
                line.setOpenExternalLinks(bool(service.url))
                line.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextBrowserInteraction
                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                )
                column.addWidget(line)
            column.addSpacing(8)
        column.addStretch(1)
        return page

    def _on_other_toggle_toggled(self, checked: bool) -> None:
        self.all_list.setVisible(checked)
        self.other_toggle.setText(
            translate("crisis_dialog", "Hide other countries")
            if checked
            else translate("crisis_dialog", "Other countries")
        )
        self.other_toggle.setAccessibleName(self.other_toggle.text())
        # Grow by the list's height, or shrink back, keeping the width the person chose.
        self._column.invalidate()
        needed = max(
            self._column.totalMinimumSize().height(),
            self._column.minimumHeightForWidth(self.width()),
        )
        self.setMinimumHeight(needed)
        self.resize(self.width(), needed)


def show_crisis_dialog(parent: QWidget | None = None) -> CrisisDialog:
    """Show the crisis window for ``parent`` (raising it if it is already open) and return it."""
    if parent is not None:
        for existing in parent.findChildren(CrisisDialog):
            if existing.isVisible():
                _bring_to_front(existing)
                return existing
    dialog = CrisisDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    _bring_to_front(dialog)
    return dialog


def _bring_to_front(window: QWidget) -> None:
    # Headless platforms (tests, screenshots) have no stacking order and warn about raise().
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
    window.activateWindow()


def crisis_action(parent: QWidget) -> QAction:
    """A "Crisis resources" action (Ctrl+Shift+H) for ``parent``'s toolbar or menu.

    The action is also added to ``parent`` itself, so the shortcut works wherever it is shown.
    """
    action = QAction(translate("crisis_dialog", CRISIS_TITLE), parent)
    action.setObjectName("crisisAction")
    action.setShortcut(QKeySequence(CRISIS_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    shortcut = QKeySequence(CRISIS_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    tip = translate(
        "crisis_dialog", "Numbers to call or text if you need help now ({shortcut})"
    ).format(shortcut=shortcut)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda: show_crisis_dialog(parent))
    parent.addAction(action)
    return action
