"""Every shipped script speaks of relaxation, never of treatment or threat (CONTENT.md, "Safety
and language"): no claim words, no threat words, breathing that asks for smaller and softer
breaths, never deeper ones, and muscle work that is always gentle."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from somatic_player.content.library import builtin_files
from somatic_player.content.loader import load_routine
from somatic_player.core.routine import BreathStep, NarrationStep
from somatic_player.resources import scripts_dir

CLAIM_WORDS = re.compile(
    r"\b(treat(s|ed|ing|ment)?|cur(e|es|ed|ing)|heal(s|ed|ing)?|"
    r"reduc(e|es|ed|ing) (your )?pain|pain relief|relieves? pain|clinically proven|"
    r"therapeutic\w*|diagnos\w*|resonance frequency)\b",
    re.IGNORECASE,
)
THREAT_WORDS = re.compile(r"\b(damag\w*|wear and tear|degenerat\w*)\b", re.IGNORECASE)
# Breathing guidance asks for smaller, softer breaths; over-breathing is common on day 1.
BIG_BREATHS = re.compile(
    r"\b(deep(er|ly)?|big(ger)?|as much air|fill your lungs|power breath\w*|hyperventilat\w*)\b",
    re.IGNORECASE,
)
FORCE = re.compile(r"\b(as hard as|as tight as|maximum|with all your|force\w*|strain hard)\b", re.I)

SHIPPED = sorted(p.relative_to(scripts_dir()) for p in scripts_dir().rglob("*.toml"))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _words_in(path: Path) -> list[str]:
    """Every string in the file (comments are for editors, not people practising)."""
    return _strings(tomllib.loads(path.read_text(encoding="utf-8")))


def test_the_lint_covers_every_kind_of_shipped_file() -> None:
    names = {str(p) for p in SHIPPED}
    assert {"easy-pace.toml", "pmr-16.toml", "body-scan-45.toml"} <= names
    assert {"rules/adaptation.toml", "prompts/journal.toml", "safety/first-run.toml"} <= names
    assert len(SHIPPED) >= 19


def test_the_patterns_catch_what_they_should() -> None:
    for claim in ("treats pain", "cures", "healing", "reduces pain", "a therapeutic breath"):
        assert CLAIM_WORDS.search(claim), claim
    assert CLAIM_WORDS.search("your resonance frequency")
    for fine in ("your therapist", "your therapy", "heel", "retreat", "secure"):
        assert not CLAIM_WORDS.search(fine), fine
    for threat in ("joint damage", "wear and tear", "degeneration"):
        assert THREAT_WORDS.search(threat), threat
    assert BIG_BREATHS.search("take a deep breath") and BIG_BREATHS.search("breathe deeper")
    assert not BIG_BREATHS.search("smaller, softer breaths")
    assert FORCE.search("squeeze as hard as you can")


@pytest.mark.parametrize("name", SHIPPED, ids=str)
def test_no_claim_or_threat_words(name: Path) -> None:
    strings = _words_in(scripts_dir() / name)
    assert strings
    claims = [(s, m.group(0)) for s in strings if (m := CLAIM_WORDS.search(s))]
    threats = [(s, m.group(0)) for s in strings if (m := THREAT_WORDS.search(s))]
    assert claims == [] and threats == []


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.stem)
def test_routine_words_never_ask_for_big_breaths_or_force(path: Path) -> None:
    strings = _words_in(path)
    assert [s for s in strings if BIG_BREATHS.search(s)] == []
    assert [s for s in strings if FORCE.search(s)] == []


def test_breathing_guidance_keeps_breaths_small_and_soft() -> None:
    for path in builtin_files():
        r = load_routine(path)
        if not any(isinstance(s, BreathStep) for s in r.steps):
            continue
        spoken = " ".join(s.text for s in r.steps if isinstance(s, NarrationStep)).lower()
        assert "small" in spoken or "soft" in spoken, r.id
        warned = spoken + " " + " ".join(r.safety.notes).lower()
        assert "light-headed" in warned or "dizzy" in warned, r.id


def test_the_lint_covers_the_movement_library() -> None:
    names = {str(p) for p in SHIPPED}
    assert {"movement/cat-cow.toml", "movement/ear-to-shoulder.toml"} <= names
    assert {"movement-lying.toml", "movement-flare-day.toml"} <= names


@pytest.mark.parametrize(
    "name", [p for p in SHIPPED if p.parts[0] == "movement"], ids=lambda p: p.stem
)
def test_movement_words_never_ask_for_force(name: Path) -> None:
    strings = _words_in(scripts_dir() / name)
    assert [s for s in strings if FORCE.search(s)] == []
    assert [s for s in strings if BIG_BREATHS.search(s)] == []
