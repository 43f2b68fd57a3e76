"""Every shipped script speaks of relaxation, never of treatment or threat (CONTENT.md, "Safety
and language"): no claim words, no threat words, breathing that asks for smaller and softer
breaths, never deeper ones, and muscle work that is always gentle."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from somatic_player.content.library import builtin_files
from somatic_player.content.loader import load_routine
from somatic_player.content.translations import language_of_path, translated_files
from somatic_player.core.language_rules import ENGLISH, GERMAN, SPANISH, LanguageRules, rules_for
from somatic_player.core.routine import BreathStep, NarrationStep
from somatic_player.resources import scripts_dir

# The English word lists (each language's are in somatic_player/core/language_rules.py).
CLAIM_WORDS = ENGLISH.claim_words
THREAT_WORDS = ENGLISH.threat_words
# Breathing guidance asks for smaller, softer breaths; over-breathing is common on day 1.
BIG_BREATHS = ENGLISH.big_breaths
FORCE = ENGLISH.force

# Every shipped file, translations (scripts/i18n/<lang>/) included.
SHIPPED = sorted(p.relative_to(scripts_dir()) for p in scripts_dir().rglob("*.toml"))
# Every routine file: the English ones and their translations.
ROUTINES = [*builtin_files(), *(p for p in translated_files() if p.parent.parent.name == "i18n")]


def rules_of(path: Path) -> LanguageRules:
    """The rules for a shipped file: its folder's language (scripts/i18n/es/...), else English."""
    return rules_for(language_of_path(scripts_dir() / path))


def _id(path: Path) -> str:
    return str(path.relative_to(scripts_dir()) if path.is_absolute() else path)


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


def test_the_lint_covers_every_translation() -> None:
    names = {str(p) for p in SHIPPED}
    for path in translated_files():
        assert str(path.relative_to(scripts_dir())) in names
    assert {rules_of(p).code for p in SHIPPED} >= {"en"}


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


@pytest.mark.parametrize(
    ("rules", "claims", "fine"),
    [
        (
            SPANISH,
            [
                "Esta práctica puede tratar el dolor.",
                "un tratamiento para la espalda",
                "cura el dolor",
                "para curar y sanar",
                "reduce el dolor",
                "clínicamente probado",
                "un ejercicio terapéutico",
                "una respiración terapéutica",
                "diagnosticar",
                "tu frecuencia de resonancia",
            ],
            ["tu terapeuta", "tu terapia", "con curiosidad", "trata de respirar despacio"],
        ),
        (
            GERMAN,
            [
                "Diese Übung kann Schmerzen behandeln.",
                "eine Behandlung",
                "heilen",
                "die Heilung",
                "lindert Schmerzen",
                "reduziert Schmerzen",
                "klinisch erwiesen",
                "klinisch bewiesen",
                "therapeutisch wirksam",
                "diagnostizieren",
            ],
            ["deine Therapeutin", "deine Therapie", "Heimweg", "Schmerzen bemerken"],
        ),
    ],
    ids=lambda v: v.code if isinstance(v, LanguageRules) else "",
)
def test_the_patterns_catch_what_they_should_in_spanish_and_german(
    rules: LanguageRules, claims: list[str], fine: list[str]
) -> None:
    for claim in claims:
        assert rules.claim_words.search(claim), claim
    for text in fine:
        assert not rules.claim_words.search(text), text
    threats = {
        "es": ["daño en la articulación", "el desgaste", "la degeneración"],
        "de": ["Schaden am Gelenk", "Verschleiß", "Degeneration"],
    }[rules.code]
    for threat in threats:
        assert rules.threat_words.search(threat), threat
    big, small = {
        "es": (["respira más profundo", "una respiración más profunda"], "respiraciones suaves"),
        "de": (["atme tiefer", "noch tiefer einatmen"], "kleinere, sanftere Atemzüge"),
    }[rules.code]
    for text in big:
        assert rules.big_breaths.search(text), text
    assert not rules.big_breaths.search(small)
    forceful = {
        "es": ["aprieta tan fuerte como puedas", "con todas tus fuerzas"],
        "de": ["so fest wie du kannst", "so stark wie möglich", "mit aller Kraft"],
    }[rules.code]
    for text in forceful:
        assert rules.force.search(text), text


@pytest.mark.parametrize("name", SHIPPED, ids=str)
def test_no_claim_or_threat_words(name: Path) -> None:
    rules = rules_of(name)
    strings = _words_in(scripts_dir() / name)
    assert strings
    claims = [(s, m.group(0)) for s in strings if (m := rules.claim_words.search(s))]
    threats = [(s, m.group(0)) for s in strings if (m := rules.threat_words.search(s))]
    assert claims == [] and threats == []


@pytest.mark.parametrize("path", ROUTINES, ids=_id)
def test_routine_words_never_ask_for_big_breaths_or_force(path: Path) -> None:
    rules = rules_of(path.relative_to(scripts_dir()))
    strings = _words_in(path)
    assert [s for s in strings if rules.big_breaths.search(s)] == []
    assert [s for s in strings if rules.force.search(s)] == []


@pytest.mark.parametrize("path", ROUTINES, ids=_id)
def test_breathing_guidance_keeps_breaths_small_and_soft(path: Path) -> None:
    r = load_routine(path)
    rules = rules_for(r.language)
    if not any(isinstance(s, BreathStep) for s in r.steps):
        return
    spoken = " ".join(s.text for s in r.steps if isinstance(s, NarrationStep)).lower()
    assert any(word in spoken for word in rules.small_or_soft), r.id
    warned = spoken + " " + " ".join(r.safety.notes).lower()
    assert any(word in warned for word in rules.dizzy), r.id


def test_the_lint_covers_the_movement_library() -> None:
    names = {str(p) for p in SHIPPED}
    assert {"movement/cat-cow.toml", "movement/ear-to-shoulder.toml"} <= names
    assert {"movement-lying.toml", "movement-flare-day.toml"} <= names


@pytest.mark.parametrize("name", [p for p in SHIPPED if p.parent.name == "movement"], ids=str)
def test_movement_words_never_ask_for_force(name: Path) -> None:
    rules = rules_of(name)
    strings = _words_in(scripts_dir() / name)
    assert [s for s in strings if rules.force.search(s)] == []
    assert [s for s in strings if rules.big_breaths.search(s)] == []
