"""The safety wording rules hold in each routine's own language (CONTENT.md; core.language_rules):
gentle effort in a tension instruction, no tension words where nothing may be tensed, a gentle
invitation for a painful body-scan area, open journal questions and the movement stop rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from somatic_player.content.loader import RoutineError, load_prompts, load_routine
from somatic_player.core.language_rules import (
    ENGLISH,
    GERMAN,
    RULES,
    SPANISH,
    base_language,
    effort_problem,
    rules_for,
)
from somatic_player.core.movement import STOP_RULES, STOP_SIGNS, stop_rules_for
from somatic_player.core.routine import Routine, tension_verbs_in

TENSE = {
    "en": "Make a soft fist, about half effort, never to the point of pain or cramp. Now.",
    "es": "Cierra la mano en un puño suave, a media fuerza, nunca hasta sentir dolor o calambre. "
    "Ahora.",
    "de": "Mach eine weiche Faust, mit halber Kraft, nie bis zu Schmerz oder Krampf. Jetzt.",
}
RELEASE_ONLY = {
    "en": "Let your hand rest, heavy and soft.",
    "es": "Deja que tu mano descanse, pesada y blanda.",
    "de": "Lass deine Hand ruhen, schwer und weich.",
}
GENTLE = {
    "en": "Notice this area, without needing to change anything.",
    "es": "Observa esta zona, sin necesidad de cambiar nada.",
    "de": "Nimm diesen Bereich wahr, ohne etwas verändern zu müssen.",
}


def routine_data(language: str, **text: str) -> dict[str, Any]:
    words = {"tense": TENSE[language], "release_only": RELEASE_ONLY[language], **text}
    gentle = text.get("gentle", GENTLE[language])
    return {
        "schema_version": 1,
        "id": "words",
        "title": "Words",
        "language": language,
        "kind": "mixed",
        "steps": [
            {
                "kind": "pmr",
                "group": "arm",
                "title": "Arm",
                "parts": ["hand"],
                "text": {
                    "focus": "x",
                    "tense": words["tense"],
                    "release": "x",
                    "release_only": words["release_only"],
                },
            },
            {"kind": "scan", "title": "Hand", "parts": ["hand"], "text": "x", "gentle": gentle},
        ],
    }


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    import tomli_w

    path = tmp_path / "words.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def problems(tmp_path: Path, data: dict[str, Any]) -> list[str]:
    try:
        load_routine(write(tmp_path, data))
    except RoutineError as exc:
        return [p.message for p in exc.problems]
    return []


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_each_language_passes_with_its_own_words(tmp_path: Path, language: str) -> None:
    assert problems(tmp_path, routine_data(language)) == []
    # ... built in Python without the loader, too
    Routine.model_validate_json(json.dumps(routine_data(language)), strict=True)


@pytest.mark.parametrize(
    ("language", "tense", "expected"),
    [
        ("es", TENSE["en"], "text.tense must say 'nunca hasta sentir dolor o calambre'"),
        ("de", TENSE["es"], "text.tense must say 'nie bis zu schmerz oder krampf'"),
        ("en", TENSE["de"], "text.tense must say 'never to the point of pain or cramp'"),
        (
            "es",
            "Aprieta tan fuerte como puedas, nunca hasta sentir dolor o calambre. Ahora.",
            "never 'tan fuerte como'",
        ),
        (
            "es",
            "Aprieta con todas tus fuerzas, nunca hasta sentir dolor o calambre.",
            "never 'con todas tus fuerzas'",
        ),
        ("de", "Drück so fest wie du kannst, nie bis zu Schmerz oder Krampf.", "'so fest wie'"),
        ("de", "Spann so stark wie möglich an, nie bis zu Schmerz oder Krampf.", "'so stark wie'"),
        ("de", "Spann mit aller Kraft an, nie bis zu Schmerz oder Krampf.", "'mit aller kraft'"),
    ],
)
def test_a_tension_instruction_is_gentle_in_the_routines_language(
    tmp_path: Path, language: str, tense: str, expected: str
) -> None:
    data = routine_data(language, tense=tense)
    found = problems(tmp_path, data)
    assert len(found) == 1 and found[0].startswith("steps[0] ") and expected in found[0], found
    with pytest.raises(ValidationError, match=expected.replace("'", ".")):
        Routine.model_validate_json(json.dumps(data), strict=True)


def test_the_english_messages_are_unchanged(tmp_path: Path) -> None:
    data = routine_data("en", tense="Squeeze as hard as you can, never to the point of pain or "
                        "cramp.")  # fmt: skip
    assert problems(tmp_path, data) == [
        "steps[0] text.tense asks for gentle effort, never 'as hard as'"
    ]
    assert problems(tmp_path, routine_data("en", tense="Squeeze.")) == [
        "steps[0] text.tense must say 'never to the point of pain or cramp' (gentle effort only)"
    ]


@pytest.mark.parametrize(
    ("language", "line", "word"),
    [
        ("es", "Aprieta la mano y deja que descanse.", "Aprieta"),
        ("es", "Cierra el puño con suavidad.", "puño"),
        ("es", "Tensa un poco la mano.", "Tensa"),
        ("de", "Spanne die Hand an und lass sie ruhen.", "Spanne"),
        ("de", "Mach eine Faust.", "Faust"),
        ("de", "Drücke die Hand leicht.", "Drücke"),
    ],
)
def test_release_only_words_never_ask_for_tension_in_any_language(
    tmp_path: Path, language: str, line: str, word: str
) -> None:
    found = problems(tmp_path, routine_data(language, release_only=line))
    assert found == [
        f"steps[0].text.release_only is spoken in release-only mode but asks for tension ({word})"
    ]
    assert tension_verbs_in(line, language) == [word]


def test_letting_go_of_tension_is_not_a_tension_word() -> None:
    assert tension_verbs_in("Deja ir la tensión y suelta.", "es") == []
    assert tension_verbs_in("Lass die Anspannung los und entspanne dich.", "de") == []
    assert tension_verbs_in("Let the tension go.", "en") == []
    # without a language, every shipped language's words count
    assert tension_verbs_in("aprieta", None) == ["aprieta"]


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_a_painful_scan_area_is_visited_gently_in_the_routines_language(
    tmp_path: Path, language: str
) -> None:
    other = {"en": "es", "es": "de", "de": "en"}[language]
    found = problems(tmp_path, routine_data(language, gentle=GENTLE[other]))
    words = rules_for(language).gentle_visit_words
    assert found == [f"steps[1].gentle gentle must invite the person to notice, '{words}'"]


def test_spanish_and_german_gentle_visits_may_be_phrased_naturally() -> None:
    assert SPANISH.gentle_visit.search("Obsérvala sin tener que cambiar nada.")
    assert GERMAN.gentle_visit.search("Spür hin, ohne etwas zu verändern.")
    assert GERMAN.gentle_visit.search("Nimm wahr, ohne etwas ändern zu müssen.")


def test_a_language_we_do_not_ship_keeps_the_english_rules() -> None:
    assert base_language("es-MX") == "es" and base_language("fr") == "en"
    assert rules_for("fr") is ENGLISH and rules_for(None) is ENGLISH
    assert effort_problem(TENSE["es"], "fr").startswith("text.tense must say 'never")
    assert effort_problem(TENSE["de"], None) == ""  # no language known: any language's phrase
    assert set(RULES) == {"en", "es", "de"}


@pytest.mark.parametrize(
    ("language", "question"),
    [("es", "¿Por qué te duele?"), ("es", "¿Qué deberías cambiar?"), ("de", "Warum tut es weh?")],
)
def test_journal_prompts_stay_open_questions_in_each_language(
    tmp_path: Path, language: str, question: str
) -> None:
    folder = tmp_path / "i18n" / language / "prompts"
    folder.mkdir(parents=True)
    path = folder / "journal.toml"
    path.write_text(f'schema_version = 1\n[[prompts]]\nid = "a"\ntext = "{question}"\n', "utf-8")
    with pytest.raises(RoutineError, match="asks what the person notices"):
        load_prompts(path)
    fine = "¿Qué notas ahora?" if language == "es" else "Was bemerkst du jetzt?"
    path.write_text(f'schema_version = 1\n[[prompts]]\nid = "a"\ntext = "{fine}"\n', "utf-8")
    assert load_prompts(path).prompts[0].text == fine


@pytest.mark.parametrize("rules", [SPANISH, GERMAN], ids=lambda r: r.code)
def test_stop_rules_in_each_language_name_every_sign(rules: Any) -> None:
    assert rules.missing_stop_signs(" ".join(rules.stop_rules)) == []
    assert len(rules.stop_signs) == len(STOP_SIGNS)
    # notes that name every sign are shown as they are; others are led by the stop rules
    assert stop_rules_for(rules.stop_rules, rules.code) == rules.stop_rules
    assert stop_rules_for(rules.stop_rules) == rules.stop_rules  # recognised in any language
    assert stop_rules_for(("Ve despacio.",), rules.code) == (*rules.stop_rules, "Ve despacio.")


def test_english_stop_rules_are_unchanged() -> None:
    assert stop_rules_for(("Go slowly.",)) == (*STOP_RULES, "Go slowly.")
    assert stop_rules_for(STOP_RULES, "en") == STOP_RULES
    assert ENGLISH.missing_stop_signs("sharp pain") == [s for s in STOP_SIGNS if s != "sharp"]
