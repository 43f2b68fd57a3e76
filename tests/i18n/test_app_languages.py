"""The app in each language: Qt's translator and the content follow the chosen language, the
desktop's language is used when none is chosen, and numbers and dates follow the locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from somatic_player.content import library
from somatic_player.i18n import translate
from somatic_player.qt.translations import chosen_language, install_translations

CASES = {
    "en": ("Start", "Easy pace breathing", "Crisis resources", "3.5"),
    "es": ("Empezar", "Respiración a ritmo tranquilo", "Recursos de crisis", "3,5"),
    "de": ("Starten", "Atmen im ruhigen Tempo", "Krisenhilfe", "3,5"),
}


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@pytest.mark.parametrize("language", sorted(CASES))
def test_the_library_in_each_language(qtbot: QtBot, language: str) -> None:
    from somatic_player.qt.main_window import LibraryWindow

    start, title, crisis, number = CASES[language]
    assert install_translations(_app(), language) == language
    library.set_language(language)
    assert translate("app_shell", "Crisis resources") == crisis
    window = LibraryWindow(library.load_library())
    qtbot.addWidget(window)
    window.show()
    assert window.select_routine("easy-pace")
    assert window.detail.title.text() == title
    assert window.detail.start_button.text().replace("&", "") == start
    assert QLocale().toString(3.5) == number


def test_plurals_follow_each_language() -> None:
    app = _app()
    install_translations(app, "es")
    one = translate("history_series", "%n session(s)", None, 1)
    many = translate("history_series", "%n session(s)", None, 4)
    assert (one, many) == ("1 sesión", "4 sesiones")
    install_translations(app, "de")
    assert translate("history_series", "%n session(s)", None, 4) == "4 Einheiten"
    install_translations(app, "en")
    assert translate("history_series", "%n session(s)", None, 1) == "1 session"


def test_dates_follow_the_language() -> None:
    install_translations(_app(), "de")
    assert QLocale().toString(QDate(2026, 3, 9), "d. MMMM yyyy") == "9. März 2026"
    install_translations(_app(), "es")
    assert QLocale().monthName(3) == "marzo"


def test_no_choice_follows_the_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert chosen_language("") == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert chosen_language("") == "en"  # not shipped: English
    assert chosen_language("es") == "es"  # a choice wins over the desktop
