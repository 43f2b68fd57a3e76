"""The language choice in the settings: the system's language or one of ours, kept in the
preferences, and a note that it takes effect at the next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from somatic_player import i18n
from somatic_player.core.preferences import DEFAULTS, Preferences
from somatic_player.history.preferences_store import (
    load_preferences,
    preferences_path,
    save_preferences,
)
from somatic_player.qt.settings_dialog import SettingsDialog


def make(qtbot: QtBot, prefs: Preferences = DEFAULTS) -> SettingsDialog:
    dialog = SettingsDialog(prefs, voices=["en-gb"], audio_devices=["Built-in Audio"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def marked_translation() -> Iterator[None]:
    """A stand-in translation that marks every translated text (English again afterwards)."""
    i18n.install(lambda _context, text, _disambiguation, _n: f"[{text}]")
    yield
    i18n.install(None)


def test_the_choices_are_the_system_then_each_language_in_its_own_words(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    combo = dialog.language_combo
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items == [
        ("Same as the system", ""),
        ("English", "en"),
        ("Español", "es"),
        ("Deutsch", "de"),
    ]
    assert combo.currentData() == ""  # a new install follows the desktop
    assert combo.accessibleName() == "Language" and combo.toolTip()


def test_language_names_are_not_translated(qtbot: QtBot, marked_translation: None) -> None:
    dialog = make(qtbot)
    combo = dialog.language_combo
    assert combo.itemText(0) == "[Same as the system]"
    assert [combo.itemText(i) for i in range(1, combo.count())] == list(i18n.LANGUAGES.values())


def test_choosing_spanish_is_saved_in_the_preferences(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    # Saved the way the app saves accepted settings (AppShell.persist).
    dialog.accepted.connect(lambda: save_preferences(dialog.preferences()))
    with qtbot.waitSignal(dialog.preferences_changed, timeout=1000) as changed:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert changed.args[0].language == "es"
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    loaded = load_preferences()
    assert loaded.problems == ()
    assert loaded.preferences.language == "es"
    assert 'language = "es"' in preferences_path().read_text(encoding="utf-8")


def test_a_change_says_it_waits_for_the_next_start(qtbot: QtBot) -> None:
    dialog = make(qtbot, DEFAULTS.with_changes(language="de"))
    note = dialog.language_note
    assert dialog.language_combo.currentData() == "de"
    assert not note.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert note.isVisible()
    assert note.text() == "The new language is used the next time Somatic Player starts."
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    assert not note.isVisible()  # back to the language in use: nothing waits


def test_cancel_keeps_the_language_the_app_started_with(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.reject()
    assert dialog.preferences().language == ""
    assert not dialog.language_note.isVisible()
