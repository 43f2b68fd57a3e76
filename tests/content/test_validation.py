"""Routine files are untrusted: every kind of broken file is refused with file:line messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from somatic_player.content.loader import load_routine, validate_paths
from somatic_player.content.source import MAX_BYTES, SourceError
from somatic_player.resources import scripts_dir

GOOD = """\
schema_version = 1
id = "tiny"
title = "Tiny"
kind = "breathing"

[[steps]]
kind = "narration"
text = "Hello."

[[steps]]
kind = "breath"
inhale_s = 4
exhale_s = 6
cycles = 3
"""


def problems_for(tmp_path: Path, text: str | bytes) -> list[str]:
    path = tmp_path / "x.toml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return [str(p) for p in validate_paths([path])]


def test_good_file_is_valid(tmp_path: Path) -> None:
    assert problems_for(tmp_path, GOOD) == []


def test_every_shipped_script_validates() -> None:
    assert validate_paths([scripts_dir()]) == []


def test_out_of_range_names_file_line_and_field(tmp_path: Path) -> None:
    text = GOOD.replace("inhale_s = 4", "inhale_s = 0")
    [msg] = problems_for(tmp_path, text)
    assert (
        msg
        == f"{tmp_path / 'x.toml'}:12: steps[1].inhale_s must be between 1 and 20 seconds, got 0"
    )


def test_unknown_key_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("exhale_s = 6", "exhale_s = 6\nexhail_s = 6"))
    assert msg.endswith(":14: steps[1].exhail_s is not a known field (did you mean 'exhale_s'?)")


def test_unknown_top_level_key(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace('title = "Tiny"', 'title = "Tiny"\ncolour = "red"'))
    assert msg.endswith(":4: colour is not a known field")


def test_wrong_type(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("cycles = 3", 'cycles = "three"'))
    assert msg.endswith(':14: steps[1].cycles must be a whole number, got "three"')


def test_string_number_is_not_coerced(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("inhale_s = 4", 'inhale_s = "4"'))
    assert ":12: steps[1].inhale_s must be a number" in msg


def test_missing_field(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace('title = "Tiny"\n', ""))
    assert msg.endswith(":1: title is required")


def test_unknown_step_kind(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace('kind = "narration"', 'kind = "dance"'))
    assert ":6: steps[0].kind must be one of breath, pmr" in msg
    assert 'got "dance"' in msg


def test_step_level_rule_points_at_the_step(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("cycles = 3", "cycles = 3\nduration_s = 60"))
    assert msg.endswith(":10: steps[1] needs either duration_s or cycles, not both")


def test_breath_holds_need_the_safety_flag(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("cycles = 3", "cycles = 3\nhold_in_s = 4"))
    assert "safety.contains_breath_holds must be true" in msg


def test_invalid_toml_syntax(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("cycles = 3", "cycles = = 3"))
    assert msg.startswith(f"{tmp_path / 'x.toml'}:14: is not valid TOML")


def test_file_too_large(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD + "# " + "x" * MAX_BYTES + "\n")
    assert msg.endswith(":1: is too large (2048 KiB; routine files are at most 2 MiB)")


def test_deep_nesting(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD + "junk = " + "[" * 5000 + "]" * 5000 + "\n")
    assert msg.endswith(":15: nests more than 8 levels deep")


def test_huge_integer(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("cycles = 3", "cycles = " + "9" * 5000))
    assert msg.endswith(":14: has a number with too many digits")


def test_large_but_parseable_integer_is_a_range_error(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("cycles = 3", "cycles = 99999999999999"))
    assert "steps[1].cycles must be between 1 and 2000 breaths" in msg


def test_invalid_utf8(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.encode().replace(b"Hello.", b"Hel\xfflo."))
    assert msg.endswith(":8: is not valid UTF-8 text (byte 0xff)")


def test_binary_junk(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, bytes(range(256)) * 4)
    assert msg.endswith(":1: is not a text file (it contains binary data)")


def test_nan_and_inf_are_refused(tmp_path: Path) -> None:
    [msg] = problems_for(tmp_path, GOOD.replace("inhale_s = 4", "inhale_s = nan"))
    assert ":12: steps[1].inhale_s must be a finite number" in msg


def test_empty_file(tmp_path: Path) -> None:
    msgs = problems_for(tmp_path, "")
    assert any("schema_version is required" in m for m in msgs)


def test_newer_schema_version_explains_itself(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(GOOD.replace("schema_version = 1", "schema_version = 7"))
    with pytest.raises(SourceError, match=r":1: uses schema_version 7"):
        load_routine(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    [msg] = [str(p) for p in validate_paths([tmp_path / "nope.toml"])]
    assert msg.endswith("nope.toml:1: does not exist")
    [msg] = [str(p) for p in validate_paths([tmp_path])]
    assert msg.endswith(":1: has no .toml routine files")


def test_release_only_text_may_not_ask_for_tension(tmp_path: Path) -> None:
    text = (scripts_dir() / "pmr-7.toml").read_text()
    bad = text.replace("Without doing anything with the muscles, let", "Squeeze, then let", 1)
    msgs = problems_for(tmp_path, bad)
    assert len(msgs) == 1
    assert (
        "text.release_only is spoken in release-only mode but asks for tension (Squeeze)" in msgs[0]
    )


def test_tension_text_must_say_never_to_the_point_of_pain(tmp_path: Path) -> None:
    text = (scripts_dir() / "pmr-7.toml").read_text()
    bad = text.replace("just enough to notice, never to the point of pain or cramp", "hard", 1)
    [msg] = problems_for(tmp_path, bad)
    assert "never to the point of pain or cramp" in msg


def test_unknown_region_and_part(tmp_path: Path) -> None:
    text = (scripts_dir() / "pmr-7.toml").read_text()
    bad = text.replace('parts = ["neck"]', 'parts = ["nek"]\nregions = [999]', 1)
    msgs = problems_for(tmp_path, bad)
    assert any("parts names unknown body parts nek" in m for m in msgs)
    assert any("regions has codes that are not CHOIR body-map regions: 999" in m for m in msgs)
