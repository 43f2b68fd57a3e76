"""The words the compiler itself says and captions follow the routine's language
(core.spoken_words): phases, PMR captions, sides, movement sides and counts, bells, check-ins."""

from __future__ import annotations

import json
from typing import Any

import pytest

from somatic_player.core.breath_layout import PHASE_WORDS, TOP_UP_WORDS
from somatic_player.core.choices import Choices
from somatic_player.core.compiler import compile_routine, estimate_speech_s
from somatic_player.core.language_rules import rules_for
from somatic_player.core.plan import Plan, speech_key, split_key, text_key
from somatic_player.core.profile import Profile
from somatic_player.core.routine import Routine
from somatic_player.core.spoken_words import ENGLISH, GERMAN, SPANISH, WORDS, words_for

SIDE_TEXT = {
    "en": "Your {side} hand, not the {other_side}.",
    "es": "Tu mano del lado {side}, no la del lado {other_side}.",
    "de": "Deine {side} Hand, nicht die {other_side}.",
}


def routine(language: str) -> Routine:
    tense = {
        "en": "Gently, never to the point of pain or cramp. Now.",
        "es": "Con suavidad, nunca hasta sentir dolor o calambre. Ahora.",
        "de": "Sanft, nie bis zu Schmerz oder Krampf. Jetzt.",
    }[language]
    gentle = {
        "en": "Your {side} hand, without needing to change anything.",
        "es": "Tu mano del lado {side}, sin necesidad de cambiar nada.",
        "de": "Deine {side} Hand, ohne etwas verändern zu müssen.",
    }[language]
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": "words",
        "title": "Words",
        "language": language,
        "kind": "mixed",
        "options": {"pmr_modes": ["tension-release", "rapid"], "learning": True},
        "safety": {"contains_breath_holds": True},
        "steps": [
            {"kind": "check-in", "moment": "before"},
            {"kind": "breath", "inhale_s": 3, "top_up_s": 1, "exhale_s": 6, "cycles": 1},
            {
                "kind": "breath",
                "inhale_s": 4,
                "hold_in_s": 2,
                "exhale_s": 4,
                "hold_out_s": 2,
                "cycles": 1,
            },
            {
                "kind": "pmr",
                "group": "arm",
                "title": "Arm",
                "side": "dominant",
                "parts": ["hand"],
                "release_s": 20,
                "text": {
                    "focus": SIDE_TEXT[language],
                    "tense": tense,
                    "release": "x",
                    "release_only": "x",
                    "rapid": "x",
                },
            },
            {
                "kind": "movement",
                "exercise": "lift",
                "title": "Lift",
                "sides": "each",
                "reps": 2,
                "beats": [{"say": "Lift", "counts": 2}],
                "variants": {"seated": "Lift.", "lying": "Lift."},
            },
            {
                "kind": "scan",
                "title": "Hand",
                "side": "left",
                "parts": ["hand"],
                "text": "x",
                "gentle": gentle,
            },
            {"kind": "silence", "duration_s": 2},
        ],
    }
    return Routine.model_validate_json(json.dumps(data), strict=True)


def plan(language: str, **kw: Any) -> Plan:
    return compile_routine(routine(language), Profile.with_pain({128: 3}), **kw)


def texts(p: Plan, kind: str, label: str | None = None) -> list[str]:
    return [e.text for e in p.events if e.kind == kind and (label is None or e.label == label)]


@pytest.mark.parametrize("language", ["es", "de"])
def test_the_compilers_words_follow_the_routines_language(language: str) -> None:
    words = words_for(language)
    p = plan(language)
    assert p.language == language
    cues = {e.label: e.text for e in p.events if e.kind == "cue" and e.text}
    assert cues["inhale"] == words.phases["inhale"]
    assert cues["inhale-top-up"] == words.top_up
    assert cues["exhale"] == words.phases["exhale"]
    assert cues["hold-in"] == words.phases["hold-in"]
    assert cues["hold-out"] == words.phases["hold-out"]
    assert texts(p, "cue", "bell") == [words.beginning, words.complete]
    assert texts(p, "check-in") == [words.check_in.format(moment=words.moments["before"])]
    assert words.tension_caption in texts(p, "caption", "tension")
    assert words.release_caption in texts(p, "caption", "release")
    right, left = words.side("right"), words.side("left")
    assert SIDE_TEXT[language].format(side=right, other_side=left) in texts(p, "speech", "focus")
    assert texts(p, "speech", "side") == [words.first_side["right"], words.next_side["left"]]
    assert texts(p, "cue", "count") == [words.count.format(n=n, reps=2) for n in (1, 2, 1, 2)]
    assert any(left in t for t in texts(p, "speech", "scan"))  # the sore left hand, gently
    titles = [s.title for s in p.steps]
    assert titles[0] == words.step_titles["check-in"] and titles[-1] == words.step_titles["silence"]
    # the side a picture is mirrored for stays a code
    assert {c.side for c in p.counts} == {"right", "left"}


def test_learning_mode_says_the_default_again_line_in_the_routines_language() -> None:
    spoken = texts(plan("es", choices=Choices(learning=True)), "speech", "focus")
    assert SPANISH.again in spoken and ENGLISH.again not in spoken
    assert texts(plan("es", choices=Choices(pmr_mode="rapid")), "caption", "release") == [
        SPANISH.rapid_caption
    ]


@pytest.mark.parametrize("language", ["es", "de"])
def test_speech_is_keyed_by_language(language: str) -> None:
    p = plan(language)
    spoken = [e for e in p.events if e.kind == "speech"]
    assert spoken and all(e.language == language for e in spoken)
    assert all(speech_key(e) == f"lang:{language}:{e.text}" for e in spoken)
    asked: list[str] = []
    compile_routine(routine(language), speech_length=lambda k: asked.append(k) or 1.0)
    assert asked and all(k.startswith(f"lang:{language}:") for k in asked)


def test_english_speech_keys_are_the_text_itself() -> None:
    p = plan("en")
    spoken = [e for e in p.events if e.kind == "speech"]
    assert all(speech_key(e) == e.text and e.language == "en" for e in spoken)
    assert "language" not in p.to_json() and plan("es").to_json()["language"] == "es"
    assert text_key("Hola", "es") == "lang:es:Hola" and text_key("Hi", "en") == "Hi"
    assert split_key("lang:de:Ein") == ("de", "Ein") and split_key("Hi: there") == (
        "en",
        "Hi: there",
    )
    assert estimate_speech_s("lang:es:uno dos tres") == estimate_speech_s("uno dos tres")


def test_the_english_words_are_as_they_always_were() -> None:
    p = plan("en")
    assert PHASE_WORDS == {
        "inhale": "Breathe in",
        "hold-in": "Hold gently",
        "exhale": "Breathe out",
        "hold-out": "Rest",
        "none": "",
    }
    assert TOP_UP_WORDS == "A little more in"
    assert texts(p, "cue", "bell") == ["Beginning", "Practice complete"]
    assert texts(p, "check-in") == ["Check-in (before)"]
    assert texts(p, "speech", "side") == ["Start with the right side.", "Now the left side."]
    assert texts(p, "cue", "count")[:2] == ["1 of 2", "2 of 2"]
    assert "Your right hand, not the left." in texts(p, "speech", "focus")
    assert "Gentle effort, just enough to notice" in texts(p, "caption", "tension")
    assert "Let go, and notice" in texts(p, "caption", "release")


def test_a_language_we_do_not_ship_gets_the_english_words() -> None:
    assert words_for("fr") is ENGLISH and words_for("es-MX") is SPANISH


@pytest.mark.parametrize("words", [SPANISH, GERMAN], ids=lambda w: w.code)
def test_every_language_has_every_word(words: Any) -> None:
    for name in ("phases", "moments", "step_titles", "first_side", "next_side", "spoken_cues"):
        assert set(getattr(words, name)) == set(getattr(ENGLISH, name)), name
    assert all(getattr(words, name) for name in ("top_up", "again", "tension_caption"))
    assert "{n}" in words.count and "{reps}" in words.count and "{moment}" in words.check_in
    assert words.side("right") and words.side("left") and words.side("") == ""
    assert words.placeholders() >= {"{side}", "{other_side}"}


@pytest.mark.parametrize("words", list(WORDS.values()), ids=lambda w: w.code)
def test_the_compilers_words_keep_the_safety_wording(words: Any) -> None:
    rules = rules_for(words.code)
    said = [
        *words.phases.values(),
        words.top_up,
        words.tension_caption,
        words.release_caption,
        words.rapid_caption,
        words.again,
        *words.spoken_cues.values(),
        *words.first_side.values(),
        *words.next_side.values(),
    ]
    for text in said:
        for pattern in (rules.big_breaths, rules.force, rules.claim_words, rules.threat_words):
            assert not pattern.search(text), (text, pattern.pattern)
    assert not [t for t in (words.again, words.release_caption) if rules.tension_verbs.search(t)]
