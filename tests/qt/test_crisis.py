"""Crisis resources: the person's region first in large type, every region one click away,
reachable from any window through one action and its shortcut, offline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from somatic_player.content.safety import crisis_resources
from somatic_player.content.source import Problem, SourceError
from somatic_player.qt import crisis_dialog as crisis_module
from somatic_player.qt.crisis_dialog import CRISIS_SHORTCUT, CrisisDialog, crisis_action
from somatic_player.resources import ui_dir


def _open(qtbot: QtBot, locale_name: str) -> CrisisDialog:
    dialog = CrisisDialog(locale_name=locale_name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _contacts(dialog: CrisisDialog) -> list[str]:
    return [view.contact.accessibleName() for view in dialog.services]


@pytest.mark.parametrize(
    ("locale_name", "region", "contacts"),
    [
        ("en_US", "United States", ["Call or text 988", "Call 911"]),
        ("fr_CA", "Canada", ["Call or text 9-8-8", "Call 911"]),
        ("en_GB", "United Kingdom", ["Call free 116 123", "Call 999"]),
        ("en_IE", "Ireland", ["Call free 116 123", "Call 112 / 999"]),
        ("fr_FR", "European Union", ["Call free 112"]),
        ("de_DE", "Germany", ["Call free 0800 111 0 111 / 0800 111 0 222", "Call free 112"]),
        ("en_AU", "Australia", ["Call 13 11 14", "Call 000"]),
        ("C", "Wherever you are", ["Visit findahelpline.com"]),
    ],
)
def test_the_region_of_the_locale_comes_first(
    qtbot: QtBot, locale_name: str, region: str, contacts: list[str]
) -> None:
    dialog = _open(qtbot, locale_name)
    assert dialog.region_name.text() == region
    assert _contacts(dialog) == contacts
    assert all(view.isVisible() for view in dialog.services)
    assert not dialog.all_list.isVisible()


def test_find_a_helpline_is_offered_under_every_region(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "de_DE")
    assert dialog.fallback.isVisible()
    assert "findahelpline.com" in dialog.fallback.text()


def test_the_full_list_is_one_click_away(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "en_GB")
    assert dialog.other_regions == [
        "US",
        "CA",
        "IE",
        "EU",
        "ES",
        "MX",
        "DE",
        "AT",
        "CH",
        "AU",
        "INTL",
    ]
    qtbot.mouseClick(dialog.other_toggle, Qt.MouseButton.LeftButton)
    assert dialog.all_list.isVisible()
    assert dialog.other_toggle.text() == "Hide other countries"
    shown = " ".join(label.text() for label in dialog.all_list.findChildren(QLabel))
    for region in crisis_resources().regions:
        if region.code != "UK":
            assert region.name in shown
            for service in region.services:
                assert service.contact in shown
    qtbot.mouseClick(dialog.other_toggle, Qt.MouseButton.LeftButton)
    assert not dialog.all_list.isVisible()


def test_the_full_list_opens_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "en_US")
    dialog.other_toggle.setFocus()
    qtbot.keyClick(dialog.other_toggle, Qt.Key.Key_Space)
    assert dialog.all_list.isVisible()


def test_last_verified_date_is_shown(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "en_US")
    assert "25 November 2026" in dialog.verified.text()
    assert "without an internet connection" in dialog.verified.text()


def test_close_is_the_default_and_escape_closes(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "en_US")
    assert dialog.close_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_nothing_is_clipped(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "en_IE")
    qtbot.mouseClick(dialog.other_toggle, Qt.MouseButton.LeftButton)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.parent() is not None:
            if dialog.all_list.isAncestorOf(label):
                continue  # the list scrolls
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_every_button_is_large_named_and_explained(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "en_US")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.width() >= 44 and button.height() >= 44, button.text()
            assert button.accessibleName() and button.toolTip(), button.text()


def test_unreadable_data_still_says_what_to_do(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise SourceError([Problem("crisis.toml", 1, "is not valid TOML")])

    monkeypatch.setattr(crisis_module, "crisis_resources", broken)
    dialog = CrisisDialog(locale_name="en_US")
    qtbot.addWidget(dialog)
    assert "call your local emergency number" in dialog.unavailable.text()
    assert "findahelpline.com" in dialog.unavailable.text()


@pytest.mark.parametrize("sheet", sorted(p.name for p in (ui_dir() / "themes").glob("*.qss")))
def test_big_type_for_the_numbers_in_every_theme(qtbot: QtBot, sheet: str) -> None:
    theme = (ui_dir() / "themes" / sheet).read_text(encoding="utf-8")
    if "#crisisContact" not in theme:
        pytest.skip(f"{sheet} does not style the crisis window yet")
    dialog = CrisisDialog(locale_name="en_US")
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(theme)
    dialog.show()
    qtbot.waitExposed(dialog)
    number = dialog.services[0].contact.font().pointSizeF()
    body = dialog.services[0].purpose.font().pointSizeF()
    assert number >= 1.5 * body


# -- reachable from every window ----------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    win.setCentralWidget(QWidget())
    qtbot.addWidget(win)
    return win


def test_the_action_is_named_and_has_the_shortcut(window: QMainWindow) -> None:
    action = crisis_action(window)
    assert action.text() == "Crisis resources"
    assert action.shortcut().toString() == CRISIS_SHORTCUT
    assert CRISIS_SHORTCUT in action.toolTip()
    assert action in window.actions()


def test_one_click_on_the_toolbar_shows_the_local_numbers(
    qtbot: QtBot, window: QMainWindow
) -> None:
    toolbar = QToolBar()
    window.addToolBar(toolbar)
    toolbar.addAction(crisis_action(window))
    window.show()
    qtbot.waitExposed(window)
    button = toolbar.widgetForAction(toolbar.actions()[0])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # click 1
    [dialog] = window.findChildren(CrisisDialog)
    assert dialog.isVisible() and dialog.services
    qtbot.mouseClick(dialog.other_toggle, Qt.MouseButton.LeftButton)  # click 2: every country
    assert dialog.all_list.isVisible()
    dialog.close()


def test_the_shortcut_opens_it_and_a_second_time_reuses_it(
    qtbot: QtBot, window: QMainWindow
) -> None:
    crisis_action(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_H, modifiers)
    [dialog] = window.findChildren(CrisisDialog)
    assert dialog.isVisible()
    window.actions()[0].trigger()
    assert window.findChildren(CrisisDialog) == [dialog]
    dialog.close()
