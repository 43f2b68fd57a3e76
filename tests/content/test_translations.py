"""Translated practice content (scripts/i18n/<lang>/, docs/TRANSLATING.md): a translation is the
English file with only the words people read changed. The check names every other difference by
file, line and key path; the loaders use a translation only when it passes, else the English file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from somatic_player import cli, resources
from somatic_player.content import translations
from somatic_player.content.exercises import shipped_exercises
from somatic_player.content.library import (
    current_language,
    default_rules,
    find_routine,
    load_library,
    set_language,
)
from somatic_player.content.loader import load_routine, validate_paths
from somatic_player.content.prompts import journal_prompts
from somatic_player.content.safety import crisis_resources, first_run_text
from somatic_player.content.translations import (
    check_translation,
    localized,
    original_of,
    translated_files,
    translation_of,
)
from somatic_player.core.choices import Choices
from somatic_player.core.compiler import compile_routine

ENGLISH = """\
# English comments
schema_version = 1
id = "tiny-breath"
title = "Tiny breathing"
description = "A short, easy breathing practice."
author = "Somatic Player team"
version = "1.0"
language = "en"
kind = "breathing"
positions = ["lying", "seated"]
tags = ["breathing"]

[safety]
notes = ["If you feel dizzy, breathe in your own way."]

[[steps]]
kind = "check-in"
moment = "before"

[[steps]]
kind = "narration"
text = "Welcome. Keep each breath small and soft."
pause_after_s = 1.5

[[steps]]
kind = "breath"
title = "Easy pace"
inhale_s = 4
exhale_s = 6
duration_s = 60

[[steps]]
kind = "narration"
text = "Now breathe in your own way."
"""

SPANISH = """\
# Comentarios en español: pueden ser distintos
schema_version = 1
id = "tiny-breath"
title = "Respiración breve"
description = "Una práctica de respiración corta y tranquila."
author = "Somatic Player team"
version = "1.0"
language = "es"
kind = "breathing"
positions = ["lying", "seated"]
tags = ["breathing"]

[safety]
notes = ["Si te mareas, respira a tu manera."]

[[steps]]
kind = "check-in"
moment = "before"

[[steps]]
kind = "narration"
text = "Te doy la bienvenida. Que cada respiración sea pequeña y suave."
pause_after_s = 1.5

[[steps]]
kind = "breath"
title = "Ritmo tranquilo"
inhale_s = 4
exhale_s = 6
duration_s = 60

[[steps]]
kind = "narration"
text = "Ahora respira a tu manera."
"""


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A scripts folder with one English routine and its matching Spanish copy."""
    root = tmp_path / "scripts"
    (root / "i18n" / "es").mkdir(parents=True)
    (root / "tiny-breath.toml").write_text(ENGLISH, encoding="utf-8")
    (root / "i18n" / "es" / "tiny-breath.toml").write_text(SPANISH, encoding="utf-8")
    (root / "rules").mkdir()
    rules = (resources.scripts_dir() / "rules" / "adaptation.toml").read_text(encoding="utf-8")
    (root / "rules" / "adaptation.toml").write_text(rules, encoding="utf-8")
    return root


@pytest.fixture
def english_content() -> Iterator[None]:
    """Whatever a test sets, the content language is English again afterwards."""
    yield
    set_language("en")


def spanish(scripts: Path, text: str) -> Path:
    path = scripts / "i18n" / "es" / "tiny-breath.toml"
    path.write_text(text, encoding="utf-8")
    return path


def messages(path: Path) -> list[str]:
    return [str(p) for p in check_translation(path)]


# -- the structural check ------------------------------------------------------------------------


def test_a_matching_translation_passes(scripts: Path) -> None:
    path = scripts / "i18n" / "es" / "tiny-breath.toml"
    assert check_translation(path) == []
    assert validate_paths([scripts]) == []
    assert load_routine(path).title == "Respiración breve"


def test_a_changed_number_fails_naming_file_line_and_key(scripts: Path) -> None:
    path = spanish(scripts, SPANISH.replace("exhale_s = 6", "exhale_s = 7"))
    line = SPANISH.splitlines().index("exhale_s = 6") + 1
    assert messages(path) == [
        f"{path}:{line}: steps[2].exhale_s is 7; the English file has 6 "
        "(only the words people read are translated)"
    ]


def test_a_missing_step_fails(scripts: Path) -> None:
    cut = SPANISH.index('[[steps]]\nkind = "narration"\ntext = "Ahora')
    path = spanish(scripts, SPANISH[:cut])
    [message] = messages(path)
    assert "steps has 3 item(s); the English file has 4" in message
    assert message.startswith(f"{path}:")


def test_a_changed_id_fails(scripts: Path) -> None:
    path = spanish(scripts, SPANISH.replace('id = "tiny-breath"', 'id = "respiracion-breve"'))
    assert messages(path) == [
        f'{path}:3: id is "respiracion-breve"; the English file has "tiny-breath" '
        "(only the words people read are translated)"
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('language = "es"', 'language = "en"'), 'language must be "es"'),
        (('language = "es"', 'language = "de"'), 'language must be "es"'),
        (('kind = "breath"', 'kind = "pmr"'), 'steps[2].kind is "pmr"; the English file has'),
        (('moment = "before"', 'moment = "antes"'), "steps[0].moment is"),
        (('positions = ["lying", "seated"]', 'positions = ["lying"]'), "positions has 1 item"),
        (('tags = ["breathing"]', 'tags = ["respiración"]'), "tags[0] is"),
        (('version = "1.0"', 'version = "1.1"'), "version is"),
        (("pause_after_s = 1.5", "pause_after_s = 2"), "steps[1].pause_after_s is 2"),
        (("duration_s = 60", 'duration_s = "60"'), 'steps[2].duration_s is "60"'),
        (("duration_s = 60", "duration_s = 60\nflexible = true"), "steps[2].flexible is not in"),
        (("pause_after_s = 1.5\n", ""), "steps[1].pause_after_s is missing"),
        (('title = "Respiración breve"', 'title = ""'), "title is empty, unlike the English"),
        (('notes = ["Si', 'notes = [["Si'), "safety.notes[0] is a list; the English file has text"),
    ],
)
def test_any_difference_but_the_words_fails(
    scripts: Path, change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in SPANISH
    text = SPANISH.replace(old, new, 1)
    if change[0].startswith("notes"):
        text = text.replace('manera."]', 'manera."]]', 1)
    path = spanish(scripts, text)
    found = messages(path)
    assert any(expected in m for m in found), found
    assert all(m.startswith(f"{path}:") for m in found)


def test_numbers_may_be_written_as_whole_or_decimal(scripts: Path) -> None:
    path = spanish(scripts, SPANISH.replace("inhale_s = 4", "inhale_s = 4.0"))
    assert messages(path) == []


def test_placeholders_are_kept(tmp_path: Path) -> None:
    root = tmp_path / "scripts"
    english = root / "p.toml"
    root.mkdir()
    english.write_text('focus = "Your {side} hand."\nrecall = "Your {side} arm."\n')
    for code, good, wrong in (
        ("es", "Tu mano del lado {side}.", "Tu mano dominante."),
        ("de", "Deine {side} Hand.", "Deine {seite} Hand."),
    ):
        folder = root / "i18n" / code
        folder.mkdir(parents=True)
        copy = folder / "p.toml"
        copy.write_text(f'focus = "{good}"\nrecall = "{wrong}"\n', encoding="utf-8")
        [message] = messages(copy)
        assert message.startswith(f"{copy}:2: recall ")
        assert "{side}" in message
    # a language's own forms of a placeholder count as the placeholder
    (root / "i18n" / "es" / "p.toml").write_text(
        'focus = "Tu mano {side_f}."\nrecall = "Tu brazo del lado {side}."\n', encoding="utf-8"
    )
    assert messages(root / "i18n" / "es" / "p.toml") == []


def test_a_translation_without_an_english_file_fails(scripts: Path) -> None:
    lost = scripts / "i18n" / "es" / "not-shipped.toml"
    lost.write_text(SPANISH, encoding="utf-8")
    [message] = messages(lost)
    assert "has no English original" in message


def test_crisis_contacts_keep_numbers_urls_and_countries(tmp_path: Path) -> None:
    root = tmp_path / "scripts"
    (root / "safety").mkdir(parents=True)
    (root / "i18n" / "de" / "safety").mkdir(parents=True)
    english = resources.scripts_dir() / "safety" / "crisis.toml"
    text = english.read_text(encoding="utf-8")
    (root / "safety" / "crisis.toml").write_text(text, encoding="utf-8")
    copy = root / "i18n" / "de" / "safety" / "crisis.toml"
    translated = text.replace('name = "United States"', 'name = "Vereinigte Staaten"')
    translated = translated.replace('how = "Call or text"', 'how = "Anrufen oder SMS"')
    copy.write_text(translated, encoding="utf-8")
    assert messages(copy) == []
    copy.write_text(translated.replace('contact = "988"', 'contact = "989"', 1), encoding="utf-8")
    [message] = messages(copy)
    assert 'contact is "989"; the English file has "988"' in message
    copy.write_text(translated.replace('countries = ["US"]', 'countries = ["DE"]'), "utf-8")
    assert any("regions[0].countries[0]" in m for m in messages(copy))


def test_validate_command_checks_translations(
    scripts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["validate", str(scripts)]) == 0
    path = spanish(scripts, SPANISH.replace("duration_s = 60", "duration_s = 90"))
    assert cli.main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:" in out and "steps[2].duration_s is 90; the English file has 60" in out


def test_where_translations_live(scripts: Path) -> None:
    english = scripts / "tiny-breath.toml"
    assert translation_of(english, "es", scripts) == scripts / "i18n" / "es" / "tiny-breath.toml"
    assert translation_of(english, "en", scripts) is None
    assert original_of(scripts / "i18n" / "de" / "movement" / "x.toml") == (
        scripts / "movement" / "x.toml",
        "de",
    )
    assert original_of(scripts / "movement" / "x.toml") is None
    assert translated_files(scripts) == [scripts / "i18n" / "es" / "tiny-breath.toml"]


# -- loading in a language ---------------------------------------------------------------------


def _forget_loaded_content() -> None:
    from somatic_player.content import exercises, library, prompts, safety

    for cached in (
        exercises._shipped_exercises,
        library._default_rules,
        prompts._journal_prompts,
        safety._crisis_resources,
        safety._first_run_text,
    ):
        cached.cache_clear()


@pytest.fixture
def our_scripts(scripts: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The fixture scripts folder stands in for the shipped one (and nothing read from it
    outlives the test)."""
    _forget_loaded_content()
    monkeypatch.setattr(resources, "scripts_dir", lambda: scripts)
    yield scripts
    _forget_loaded_content()


def test_the_translation_is_used_when_it_matches(our_scripts: Path) -> None:
    english = our_scripts / "tiny-breath.toml"
    routine, path, language = localized(english, "es", load_routine)
    assert (routine.title, routine.language, language) == ("Respiración breve", "es", "es")
    assert path == our_scripts / "i18n" / "es" / "tiny-breath.toml"
    # German has no copy: English
    routine, path, language = localized(english, "de", load_routine)
    assert (routine.title, path, language) == ("Tiny breathing", english, "en")


@pytest.mark.parametrize(
    "broken",
    [
        SPANISH.replace("duration_s = 60", "duration_s = 61"),  # does not match
        SPANISH.replace("inhale_s = 4", "inhale_s = 40"),  # does not match, and invalid
        SPANISH.replace('kind = "breathing"', 'kind = "breathing'),  # not TOML
        SPANISH.replace('title = "Respiración breve"', "title = 3"),
    ],
)
def test_a_broken_translation_falls_back_to_english_and_says_so(
    our_scripts: Path, broken: str, caplog: pytest.LogCaptureFixture
) -> None:
    spanish(our_scripts, broken)
    english = our_scripts / "tiny-breath.toml"
    with caplog.at_level(logging.WARNING, logger="somatic_player.content.translations"):
        routine, path, language = localized(english, "es", load_routine)
    assert (routine.title, path, language) == ("Tiny breathing", english, "en")
    assert "using the English tiny-breath.toml" in caplog.text
    assert "tiny-breath.toml" in caplog.text


def test_set_language_chooses_the_content_language(english_content: None) -> None:
    assert current_language() == "en"
    assert set_language("es_MX.UTF-8") == "es"
    assert current_language() == "es"
    assert set_language("fr") == "en"  # not shipped: English
    assert set_language("de-AT") == "de"


NOD = """\
schema_version = 1
id = "nod"
title = "{title}"
parts = ["neck", "head"]
beats = [{{ say = "{say}", counts = 2, frame = 0 }}]

[variants]
lying = "{lying}"
seated = "{seated}"
"""
MOVE = """\
schema_version = 1
id = "tiny-move"
title = "{title}"
language = "{language}"
kind = "movement"

[[steps]]
kind = "movement"
exercise = "nod"
reps = 3
"""


def test_a_routine_takes_its_exercises_in_its_own_language(our_scripts: Path) -> None:
    (our_scripts / "movement").mkdir()
    (our_scripts / "i18n" / "es" / "movement").mkdir()
    (our_scripts / "movement" / "nod.toml").write_text(
        NOD.format(title="Nod", say="Nod", lying="Nod lying.", seated="Nod sitting."), "utf-8"
    )
    (our_scripts / "i18n" / "es" / "movement" / "nod.toml").write_text(
        NOD.format(title="Asentir", say="Asiente", lying="Asiente acostado.", seated="Sentado."),
        "utf-8",
    )
    (our_scripts / "tiny-move.toml").write_text(MOVE.format(title="Move", language="en"), "utf-8")
    (our_scripts / "i18n" / "es" / "tiny-move.toml").write_text(
        MOVE.format(title="Moverse", language="es"), "utf-8"
    )
    assert validate_paths([our_scripts]) == []
    routine, _path, _ = localized(our_scripts / "tiny-move.toml", "es", load_routine)
    [step] = routine.steps
    assert (routine.title, step.title, step.variants.seated) == ("Moverse", "Asentir", "Sentado.")
    assert step.beats[0].say == "Asiente"
    routine, _path, _ = localized(our_scripts / "tiny-move.toml", "de", load_routine)
    assert routine.steps[0].title == "Nod"


def test_find_routine_and_the_library_use_the_language(
    our_scripts: Path, english_content: None
) -> None:
    english = our_scripts / "tiny-breath.toml"
    assert find_routine("tiny-breath", "es") == (load_routine(SPANISH_PATH(our_scripts)), english)
    assert find_routine(str(english), "es")[0].title == "Respiración breve"
    assert find_routine("tiny-breath", "de")[0].title == "Tiny breathing"
    assert find_routine("tiny-breath")[0].title == "Tiny breathing"
    set_language("es")
    assert find_routine("tiny-breath")[0].title == "Respiración breve"
    [entry] = [e for e in load_library() if e.id == "tiny-breath"]
    assert (entry.title, entry.language, entry.path) == ("Respiración breve", "es", english)
    assert entry.to_json()["language"] == "es"


def SPANISH_PATH(scripts: Path) -> Path:
    return scripts / "i18n" / "es" / "tiny-breath.toml"


# -- every shipped translation ---------------------------------------------------------------------

SHIPPED_TRANSLATIONS = translated_files()


def test_every_translated_file_is_enumerated() -> None:
    root = resources.scripts_dir() / "i18n"
    on_disk = sorted(root.rglob("*.toml")) if root.is_dir() else []
    assert on_disk == SHIPPED_TRANSLATIONS
    for path in on_disk:  # only the shipped languages have folders
        assert path.relative_to(root).parts[0] in translations.TRANSLATED, path


@pytest.mark.parametrize(
    "path", SHIPPED_TRANSLATIONS, ids=lambda p: str(p.relative_to(resources.scripts_dir()))
)
def test_each_shipped_translation_matches_its_english_file_and_is_valid(path: Path) -> None:
    assert [str(p) for p in validate_paths([path])] == []


@pytest.mark.parametrize("language", translations.TRANSLATED)
def test_the_library_loads_every_shipped_translation(language: str) -> None:
    translated = {p.stem for p in SHIPPED_TRANSLATIONS if p.parent.name == language}
    for entry in load_library(language):
        if not entry.builtin:
            continue
        assert entry.error is None, entry.error
        assert entry.path.parent == resources.scripts_dir()  # the routine's own file
        assert entry.language == (language if entry.path.stem in translated else "en"), entry.id


@pytest.mark.parametrize("language", translations.TRANSLATED)
def test_every_translated_routine_compiles_with_every_line_in_its_window(language: str) -> None:
    routines = [e.routine for e in load_library(language) if e.routine and e.language == language]
    rules = default_rules(language)
    for routine in routines:
        plan = compile_routine(routine, rules=rules, strict=True)
        assert plan.language == language
        for mode in routine.offered_pmr_modes:
            compile_routine(
                routine, rules=rules, strict=True, choices=Choices(pmr_mode=mode, learning=True)
            )


@pytest.mark.parametrize("language", translations.TRANSLATED)
def test_the_other_content_comes_in_the_language_where_translated(language: str) -> None:
    folder = resources.scripts_dir() / "i18n" / language
    english_prompts = journal_prompts("en")
    prompts = journal_prompts(language)
    assert [p.id for p in prompts] == [p.id for p in english_prompts]
    if (folder / "prompts" / "journal.toml").is_file():
        assert prompts != english_prompts
    if (folder / "safety" / "first-run.toml").is_file():
        assert first_run_text(language).title != first_run_text("en").title
    crisis = crisis_resources(language)
    assert [s.contact for r in crisis.regions for s in r.services] == [
        s.contact for r in crisis_resources("en").regions for s in r.services
    ]
    exercises = shipped_exercises(language)
    assert set(exercises) == set(shipped_exercises("en"))
    for ident in exercises:
        if (folder / "movement" / f"{ident}.toml").is_file():
            assert exercises[ident].title != shipped_exercises("en")[ident].title, ident


@pytest.mark.parametrize("language", translations.TRANSLATED)
def test_a_translated_routine_saved_by_the_editor_reads_back_equal(
    language: str, tmp_path: Path
) -> None:
    from somatic_player.content.routine_document import RoutineDocument, routine_to_toml

    routines = [
        e.routine
        for e in load_library(language)
        if e.routine and e.language == language and e.kind == "movement"
    ]
    if not routines:
        pytest.skip(f"no {language} movement routine yet")
    for routine in routines:
        text = routine_to_toml(routine)
        assert "[steps.variants]" not in text  # library exercises stay references
        path = tmp_path / f"{routine.id}.toml"
        path.write_text(text, encoding="utf-8")
        assert load_routine(path) == routine
        copy = RoutineDocument.duplicate_of(routine, taken=[routine.id])
        assert copy.check()[1] == []


@pytest.mark.parametrize("language", translations.TRANSLATED)
def test_translated_movement_routines_name_every_stop_sign(language: str) -> None:
    from somatic_player.core.language_rules import rules_for
    from somatic_player.core.movement import stop_rules_for

    rules = rules_for(language)
    for entry in load_library(language):
        routine = entry.routine
        if routine is None or routine.kind != "movement" or entry.language != language:
            continue
        notes = routine.safety.notes
        assert rules.missing_stop_signs(" ".join(notes)) == [], routine.id
        assert stop_rules_for(notes, language) == notes == stop_rules_for(notes)


def test_an_exported_builtin_routine_packs_the_language_it_shows(
    tmp_path: Path, english_content: None
) -> None:
    import zipfile

    from somatic_player.content.package import export_routine

    if not (resources.scripts_dir() / "i18n" / "es" / "easy-pace.toml").is_file():
        pytest.skip("no Spanish easy-pace yet")
    set_language("es")
    result = export_routine("easy-pace", tmp_path / "easy.somatic")
    with zipfile.ZipFile(result.path) as zf:
        packed = zf.read("routine.toml").decode("utf-8")
    assert 'language = "es"' in packed and result.title == find_routine("easy-pace")[0].title
