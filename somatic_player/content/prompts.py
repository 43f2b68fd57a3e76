"""Journal prompts: open, non-interpretive questions offered after a session.

The prompts are data (``scripts/prompts/journal.toml``), validated like every shipped file: each
is a question, none asks "why" or says what a feeling means. The app shows one after a session;
:func:`prompt_for_day` picks it so the same day gives the same prompt (no randomness to test).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from somatic_player import resources
from somatic_player.content.translations import localized, resolve
from somatic_player.core.language_rules import RULES, rules_for
from somatic_player.core.routine_fields import context_language

PROMPTS_FILE = "journal.toml"
# Words that turn an open question into an interpretation or a verdict (in English; each
# language's are in core.language_rules).
INTERPRETIVE = rules_for("en").interpretive


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, allow_inf_nan=False, str_strip_whitespace=True
    )


class JournalPrompt(_Model):
    """One open question."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
    text: Annotated[str, Field(min_length=5, max_length=200)]

    @model_validator(mode="after")
    def _open_question(self, info: ValidationInfo) -> JournalPrompt:
        if not self.text.endswith("?"):
            raise PydanticCustomError(
                "prompt", "must be an open question ending with '?'", {"field": "text"}
            )
        language = context_language(info)
        patterns = (
            [r.interpretive for r in RULES.values()]
            if language is None
            else [rules_for(language).interpretive]
        )
        found = next((m for p in patterns if (m := p.search(self.text))), None)
        if found:
            raise PydanticCustomError(
                "prompt",
                "asks what the person notices, not '{word}' (no why, no verdicts, no meanings)",
                {"field": "text", "word": found.group(0)},
            )
        return self


class JournalPrompts(_Model):
    schema_version: Literal[1]
    prompts: Annotated[tuple[JournalPrompt, ...], Field(min_length=1, max_length=200)]

    @model_validator(mode="after")
    def _unique_ids(self) -> JournalPrompts:
        ids = [p.id for p in self.prompts]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"prompt ids must be unique: {', '.join(dupes)}")
        return self


def prompts_dir() -> Path:
    return resources.scripts_dir() / "prompts"


def journal_prompts(language: str | None = None) -> tuple[JournalPrompt, ...]:
    """The shipped prompts in ``language`` (None: the content language), in file order."""
    return _journal_prompts(resolve(language))


@cache
def _journal_prompts(language: str) -> tuple[JournalPrompt, ...]:
    from somatic_player.content.loader import load_prompts

    english = prompts_dir() / PROMPTS_FILE
    return localized(english, language, load_prompts)[0].prompts


def prompt_for_day(day: date, language: str | None = None) -> JournalPrompt:
    """The prompt for ``day``: the list in turn, one a day, the same all day (in ``language``;
    None: the content language)."""
    prompts = journal_prompts(language)
    return prompts[day.toordinal() % len(prompts)]
