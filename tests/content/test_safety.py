"""Safety data: every crisis contact is present and current, the first-run statement says what it
must, broken files are refused with file:line messages, and no safety or check-in text makes a
medical claim."""

from __future__ import annotations

import ast
import re
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from somatic_player.content.loader import validate_paths
from somatic_player.content.safety import (
    CRISIS_FILE,
    FIRST_RUN_FILE,
    SafetyFileError,
    country_of_locale,
    crisis_resources,
    first_run_text,
    load_crisis_file,
    load_first_run_file,
    region_for_locale,
    safety_dir,
)
from somatic_player.resources import scripts_dir

ROOT = Path(__file__).resolve().parents[2]

# region code -> contacts that must be listed for it (CONTENT.md, "Safety and language")
REQUIRED = {
    "US": {"988", "911"},
    "CA": {"9-8-8", "911"},
    "UK": {"116 123", "999"},
    "IE": {"116 123", "112 / 999"},
    "EU": {"112"},
    "ES": {"024", "112"},
    "MX": {"800 911 2000", "911"},
    "DE": {"0800 111 0 111 / 0800 111 0 222", "112"},
    "AT": {"142", "112"},
    "CH": {"143", "112"},
    "AU": {"13 11 14", "000"},
    "INTL": {"findahelpline.com"},
}


def test_every_required_contact_is_listed() -> None:
    data = crisis_resources()
    assert {r.code for r in data.regions} == set(REQUIRED)
    for code, contacts in REQUIRED.items():
        region = data.region(code)
        assert {s.contact for s in region.services} == contacts, code
        for service in region.services:
            assert service.name.strip() and service.how.strip() and service.purpose.strip()


def test_us_and_canada_lines_take_calls_and_texts() -> None:
    data = crisis_resources()
    for code, number in (("US", "988"), ("CA", "9-8-8")):
        [line] = [s for s in data.region(code).services if s.kind == "support"]
        assert (line.contact, line.how) == (number, "Call or text")


def test_every_region_with_countries_has_an_emergency_number() -> None:
    data = crisis_resources()
    for region in data.regions:
        if region.code != data.fallback:
            assert any(s.kind == "emergency" for s in region.services), region.code


def test_fallback_is_find_a_helpline_with_its_address() -> None:
    data = crisis_resources()
    assert data.fallback == "INTL"
    [service] = data.fallback_region.services
    assert service.url == "https://findahelpline.com"
    assert data.fallback_region.countries == ()


def test_last_verified_is_a_real_date_not_in_the_future() -> None:
    raw = tomllib.loads((safety_dir() / CRISIS_FILE).read_text(encoding="utf-8"))
    assert isinstance(raw["last_verified"], date)  # a TOML date, not a string
    verified = crisis_resources().last_verified
    assert verified == date(2026, 11, 25)
    assert verified <= date.today() + timedelta(days=1)  # a day of slack for time zones


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [
        ("en_US", "US"),
        ("en_US.UTF-8", "US"),
        ("es_US", "US"),
        ("en_CA", "CA"),
        ("fr_CA.UTF-8", "CA"),
        ("en_GB", "UK"),
        ("cy_GB.UTF-8", "UK"),
        ("en_IE", "IE"),
        ("ga_IE", "IE"),
        ("de_DE", "DE"),
        ("de_DE@euro", "DE"),
        ("de_AT", "AT"),
        ("es_ES", "ES"),
        ("es_MX", "MX"),
        ("it_IT", "EU"),
        ("fr-FR", "EU"),
        ("pl_PL", "EU"),
        ("en_AU", "AU"),
        ("ja_JP", "INTL"),
        ("en_NZ", "INTL"),
        ("C", "INTL"),
        ("C.UTF-8", "INTL"),
        ("POSIX", "INTL"),
        ("en", "INTL"),
        ("", "INTL"),
        ("en_150", "INTL"),
    ],
)
def test_region_for_locale(locale_name: str, region: str) -> None:
    assert region_for_locale(locale_name) == region


def test_country_of_locale_reads_script_and_variants() -> None:
    assert country_of_locale("zh_Hant_TW") == "TW"
    assert country_of_locale("sr_RS@latin") == "RS"
    assert country_of_locale("en_gb") == "GB"
    assert country_of_locale("english") is None


def test_regions_are_ordered_with_the_chosen_one_first_and_the_fallback_last() -> None:
    codes = [r.code for r in crisis_resources().ordered_for("UK")]
    assert codes[0] == "UK" and codes[-1] == "INTL"
    assert sorted(codes) == sorted(REQUIRED)
    assert crisis_resources().ordered_for("INTL")[0].code == "INTL"


def test_first_run_statement_says_what_it_must() -> None:
    text = first_run_text()
    words = text.text.lower()
    for needed in (
        "relaxation, stress management and self-tracking",
        "not a medical device",
        "not a substitute for your care team",
        "during a dosing session",
        "still feel its effects",
        "crisis resources",
    ):
        assert needed in words, needed
    assert text.acknowledge == "I understand"
    assert text.crisis_button == "Crisis resources"
    assert text.revision >= 1


def test_validate_passes_for_shipped_scripts_including_safety() -> None:
    assert validate_paths([scripts_dir()]) == []
    assert validate_paths([safety_dir()]) == []
    assert {p.name for p in safety_dir().glob("*.toml")} == {CRISIS_FILE, FIRST_RUN_FILE}


# -- broken files ---------------------------------------------------------------------------------


def _shipped(name: str) -> str:
    return (safety_dir() / name).read_text(encoding="utf-8")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "safety"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_unknown_key_names_file_line_and_suggests(tmp_path: Path) -> None:
    text = _shipped(CRISIS_FILE).replace('contact = "911"', 'contact = "911"\npurpos = "x"', 1)
    path = _write(tmp_path, CRISIS_FILE, text)
    [problem] = validate_paths([tmp_path])
    assert problem.path == str(path)
    assert problem.line == _line_of(text, "purpos =")
    assert problem.message == (
        "regions[0].services[1].purpos is not a known field (did you mean 'purpose'?)"
    )


def test_bad_date_is_refused_with_its_line(tmp_path: Path) -> None:
    text = _shipped(CRISIS_FILE).replace("last_verified = 2026-11-25", 'last_verified = "soon"')
    path = _write(tmp_path, CRISIS_FILE, text)
    with pytest.raises(SafetyFileError) as caught:
        load_crisis_file(path)
    [problem] = caught.value.problems
    assert problem.line == _line_of(text, "last_verified =")
    assert problem.message.startswith("last_verified ")


def test_a_country_in_two_regions_is_refused(tmp_path: Path) -> None:
    text = _shipped(CRISIS_FILE).replace('countries = ["CA"]', 'countries = ["CA", "US"]')
    [problem] = validate_paths([_write(tmp_path, CRISIS_FILE, text)])
    assert "'US' is listed under both 'US' and 'CA'" in problem.message


def test_a_missing_fallback_region_is_refused(tmp_path: Path) -> None:
    text = _shipped(CRISIS_FILE).replace('fallback = "INTL"', 'fallback = "XX"')
    [problem] = validate_paths([_write(tmp_path, CRISIS_FILE, text)])
    assert "fallback 'XX' is not one of the region codes" in problem.message


def test_empty_text_and_missing_fields_are_refused(tmp_path: Path) -> None:
    text = _shipped(FIRST_RUN_FILE).replace('acknowledge = "I understand"', 'acknowledge = ""')
    text = text.replace('crisis_button = "Crisis resources"\n', "")
    path = _write(tmp_path, FIRST_RUN_FILE, text)
    with pytest.raises(SafetyFileError) as caught:
        load_first_run_file(path)
    messages = sorted(p.message for p in caught.value.problems)
    assert messages == ["acknowledge must not be empty", "crisis_button is required"]
    assert all(str(p).startswith(f"{path}:") for p in caught.value.problems)


def test_newer_schema_asks_for_an_update(tmp_path: Path) -> None:
    text = _shipped(FIRST_RUN_FILE).replace("schema_version = 1", "schema_version = 2")
    [problem] = validate_paths([_write(tmp_path, FIRST_RUN_FILE, text)])
    assert problem.line == _line_of(text, "schema_version")
    assert "update the app" in problem.message


def test_unknown_file_in_the_safety_folder_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "numbers.toml", "schema_version = 1\n")
    [problem] = validate_paths([tmp_path])
    assert str(problem) == (
        f"{path}:1: is not a known safety file (expected crisis.toml or first-run.toml)"
    )


def test_a_service_link_must_be_https(tmp_path: Path) -> None:
    text = _shipped(CRISIS_FILE).replace("https://findahelpline.com", "javascript:alert(1)")
    [problem] = validate_paths([_write(tmp_path, CRISIS_FILE, text)])
    assert problem.message.startswith("regions[11].services[0].url has the wrong format")


# -- claim words ----------------------------------------------------------------------------------

CLAIM_WORDS = re.compile(
    r"\b(treat(s|ed|ing|ment)?|cur(e|es|ed|ing)|heal(s|ed|ing)?|reduc(e|es|ed|ing) pain|"
    r"clinically proven|therapeutic\w*|diagnos\w*)\b",
    re.IGNORECASE,
)

OUR_FILES = [
    "scripts/safety/crisis.toml",
    "scripts/safety/first-run.toml",
    "somatic_player/content/safety.py",
    "somatic_player/history/store.py",
    "somatic_player/qt/first_run_dialog.py",
    "somatic_player/qt/crisis_dialog.py",
    "somatic_player/qt/checkin_dialog.py",
    "somatic_player/qt/journal_dialog.py",
]


def _toml_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _toml_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _toml_strings(v)]
    return []


def _python_strings(source: str) -> list[str]:
    """Every string constant except docstrings (which no one using the app sees)."""
    tree = ast.parse(source)
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        value = first.value if isinstance(first, ast.Expr) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            docstrings.add(id(value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings
    ]


def test_the_claim_word_check_finds_claims_and_spares_plain_words() -> None:
    for claim in ("treats pain", "a treatment for", "cures", "healing", "reduces pain"):
        assert CLAIM_WORDS.search(claim), claim
    for claim in ("clinically proven", "therapeutic breathing", "we diagnose"):
        assert CLAIM_WORDS.search(claim), claim
    for fine in ("your health", "your therapist", "your therapy", "secure", "accurate"):
        assert not CLAIM_WORDS.search(fine), fine


@pytest.mark.parametrize("name", OUR_FILES)
def test_no_claim_words_in_user_facing_text(name: str) -> None:
    path = ROOT / name
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":
        strings = _toml_strings(tomllib.loads(text))
    else:
        strings = _python_strings(text)
    assert strings
    found = [(s, m.group(0)) for s in strings if (m := CLAIM_WORDS.search(s))]
    assert found == []
