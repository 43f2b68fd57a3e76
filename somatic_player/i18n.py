"""Translation of user-facing text, usable from every layer (no Qt here).

Every string a person reads in the app goes through :func:`translate` with a *context* (by our
convention the module's file name, ``"library_page"``) and the English text::

    from somatic_player.i18n import translate
    label.setText(translate("library_page", "Start"))
    translate("library_page", "{minutes} min").format(minutes=5)   # named fields, never f-strings
    translate("history_view", "%n session(s)", None, count)         # plurals: %n and n

A plural is one source text, its English words written ``word(s)`` or ``entry(ies)``: the
translations give every form their language has, and where none is loaded (English, the command
line) :func:`english_plural` picks the English word for the count.

Qt's ``pyside6-lupdate`` finds these calls by name and writes them to ``ui/i18n/*.ts``;
``pyside6-lrelease`` compiles the ``.qm`` files the app loads (see docs/TRANSLATING.md). Text
defined once at import time is marked with :func:`QT_TRANSLATE_NOOP` and translated where it is
shown: ``translate(CONTEXT, LABELS[kind])``.

The GUI installs Qt's translator as the backend (``qt/translations.py``); without one (the command
line, tests of the core) the English text comes back, with ``%n`` filled in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

Backend = Callable[[str, str, "str | None", int], str]

#: The languages the app ships, by code, each named in its own language (as a chooser shows it).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}
DEFAULT_LANGUAGE = "en"

_backend: list[Backend] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (English when there is no translation); with a count
    ``n``, the form for that count (``"%n session(s)"``, 1: ``"1 session"``)."""
    if _backend:
        text = _backend[0](context, text, disambiguation, n)
    elif n >= 0:
        text = text.replace("%n", str(n))
    return english_plural(text, n) if n >= 0 else text


_ENGLISH_PLURAL = re.compile(r"y\(ies\)|\(s\)")


def english_plural(text: str, n: int) -> str:
    """The English words of a plural source for ``n``: ``"%n area(s)"`` -> ``"%n area"`` for 1,
    ``"%n areas"`` otherwise; ``"%n entry(ies)"`` -> ``"%n entry"`` / ``"%n entries"``. Text
    without those marks (a translation) comes back as it is."""
    if "(" not in text:
        return text
    one = n == 1
    return _ENGLISH_PLURAL.sub(
        lambda m: ("y" if one else "ies") if m.group(0).startswith("y") else ("" if one else "s"),
        text,
    )


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation without translating it now (for import-time constants)."""
    del context
    return text


def install(backend: Backend | None) -> None:
    """Make ``backend`` (Qt's ``QCoreApplication.translate``) answer :func:`translate`; None
    goes back to English."""
    _backend.clear()
    if backend is not None:
        _backend.append(backend)


def supported(code: str) -> str:
    """The shipped language for a code like ``es``, ``es_MX.UTF-8`` or ``de-AT``; English when
    none fits."""
    base = code.replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def system_language(environ: dict[str, str] | None = None) -> str:
    """The desktop's language as POSIX programs read it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
    limited to the shipped ones. The GUI asks Qt's QLocale.system() instead."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        for part in value.split(":"):
            if part and part not in ("C", "POSIX"):
                return supported(part)
    return DEFAULT_LANGUAGE
