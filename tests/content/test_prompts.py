"""Journal prompts: open, non-interpretive questions, validated like every shipped file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from somatic_player.content.loader import RoutineError, load_prompts, validate_paths
from somatic_player.content.prompts import (
    INTERPRETIVE,
    PROMPTS_FILE,
    journal_prompts,
    prompt_for_day,
    prompts_dir,
)

CONTENT_EXAMPLES = {
    "What do you notice in your body right now?",
    "Where, if anywhere, does it feel a little easier?",
    "What would you like to bring to your therapist?",
}


def test_the_shipped_prompts_load_and_include_the_content_md_examples() -> None:
    prompts = journal_prompts()
    texts = {p.text for p in prompts}
    assert texts >= CONTENT_EXAMPLES
    assert len(texts - CONTENT_EXAMPLES) >= 10  # our own, in the same spirit
    assert len({p.id for p in prompts}) == len(prompts)


def test_every_prompt_is_an_open_question_without_verdicts() -> None:
    for p in journal_prompts():
        assert p.text.endswith("?")
        assert not INTERPRETIVE.search(p.text), p.text
        first = p.text.split()[0].lower()
        assert first not in ("do", "did", "does", "are", "were"), p.text  # not yes/no


def test_one_prompt_a_day_the_same_all_day_and_each_in_turn() -> None:
    day = date(2026, 11, 25)
    assert prompt_for_day(day) == prompt_for_day(day)
    n = len(journal_prompts())
    seen = {prompt_for_day(day + timedelta(days=k)).id for k in range(n)}
    assert len(seen) == n


def _write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "prompts"
    folder.mkdir()
    path = folder / PROMPTS_FILE
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Why does your back hurt today?", "not 'Why'"),
        ("Did the practice make you feel better?", "not 'better'"),
        ("Write about your body.", "open question ending with '?'"),
    ],
)
def test_leading_or_closed_prompts_are_refused_with_file_and_line(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _write(
        tmp_path,
        f'schema_version = 1\n\n[[prompts]]\nid = "a"\ntext = "What do you notice?"\n\n'
        f'[[prompts]]\nid = "b"\ntext = "{text}"\n',
    )
    [problem] = validate_paths([tmp_path])
    assert problem.path == str(path) and problem.line == 9
    assert message in problem.message
    with pytest.raises(RoutineError):
        load_prompts(path)


def test_shipped_prompts_validate() -> None:
    assert validate_paths([prompts_dir()]) == []
