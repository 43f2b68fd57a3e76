"""Load the interface translation for the chosen language and make it the app's.

The language is the person's choice in Settings, or the desktop's (QLocale.system()) when they
have not chosen; only the shipped ones (somatic_player.i18n.LANGUAGES) are used, English
otherwise. Our own ``ui/i18n/somatic_player_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` (the
standard buttons: OK, Cancel, Yes, No) are installed, QLocale's default becomes that language so
numbers and dates follow it, and somatic_player.i18n.translate answers through Qt from then on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from somatic_player import i18n, resources
from somatic_player._logs import logger

_installed: list[QTranslator] = []


def chosen_language(preference: str) -> str:
    """The language to use: the preference if set, else the desktop's, limited to shipped ones."""
    if preference:
        return i18n.supported(preference)
    return i18n.supported(QLocale.system().name())


def locale_for(language: str) -> QLocale:
    """The desktop's own locale when it speaks ``language`` (es_MX keeps Mexican formats), else
    the language's main one."""
    system = QLocale.system()
    if i18n.supported(system.name()) == language and language != i18n.DEFAULT_LANGUAGE:
        return system
    if language == i18n.DEFAULT_LANGUAGE and system.name().startswith("en"):
        return system
    return QLocale(language)


def install_translations(app: QCoreApplication, preference: str) -> str:
    """Install the translators for the chosen language; returns its code."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = chosen_language(preference)
    QLocale.setDefault(locale_for(language))
    ours = QTranslator(app)
    if ours.load(str(resources.ui_dir() / "i18n" / f"somatic_player_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        logger(__name__).warning("no interface translation for %s", language)
    if language != "en":
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    i18n.install(QCoreApplication.translate)
    return language


def remove_translations(app: QCoreApplication) -> None:
    """Back to the English source texts and the C locale's formats (tests, language switches)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.c())
    i18n.install(None)
