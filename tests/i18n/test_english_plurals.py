"""Plural text is one source with its English words marked, ``word(s)`` or ``entry(ies)``; the
English for a count is right with no translator at all (the command line, the PDF report from
``export``) and with one that has no entry for it."""

from __future__ import annotations

import pytest

from somatic_player import i18n
from somatic_player.i18n import english_plural, translate


@pytest.mark.parametrize(
    ("source", "n", "expected"),
    [
        ("%n session(s)", 1, "%n session"),
        ("%n session(s)", 0, "%n sessions"),
        ("%n session(s)", 2, "%n sessions"),
        ("{span}: %n entry(ies).", 1, "{span}: %n entry."),
        ("{span}: %n entry(ies).", 7, "{span}: %n entries."),
        ("%n step(s) changed, %n area(s)", 1, "%n step changed, %n area"),
        ("Also delete the %n earlier history(ies)", 3, "Also delete the %n earlier histories"),
        ("%n Bereiche bewertet (alle)", 1, "%n Bereiche bewertet (alle)"),  # a translation
        ("Breathe (slowly)", 1, "Breathe (slowly)"),
    ],
)
def test_english_plural(source: str, n: int, expected: str) -> None:
    assert english_plural(source, n) == expected


def test_without_a_translator_the_count_picks_the_english_word() -> None:
    assert not i18n._backend
    assert translate("change_view", "%n point(s)", None, 1) == "1 point"
    assert translate("change_view", "%n point(s)", None, 12) == "12 points"
    assert translate("history_charts", "{span}: %n entry(ies).", None, 1) == "{span}: 1 entry."
    assert translate("change_view", "Lower (s)") == "Lower (s)"  # no count: left alone


def test_a_translator_without_the_entry_gives_english_for_the_count() -> None:
    """Qt's translate returns the source with %n filled in when it has no entry."""
    i18n.install(lambda _c, text, _d, n: text.replace("%n", str(n)))
    try:
        assert translate("pacer_view", "{phase}, %n second(s) left", None, 1) == (
            "{phase}, 1 second left"
        )
        assert translate("data_dialogs", "%n check-in(s)", None, 3) == "3 check-ins"
    finally:
        i18n.install(None)
