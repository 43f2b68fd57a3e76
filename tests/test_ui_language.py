"""Every user-facing string in the app's code speaks of relaxation and self-tracking, never of
treatment (CONTENT.md, "Safety and language": the claim words). Scripts have their own lint
(tests/content/test_script_language.py, whose word list this test shares), which also checks the
threat words that apply to words about the body (a "damaged file" here is about files). The
Spanish and German interface text (ui/i18n/*.ts) is linted with those languages' claim words
(somatic_player/core/language_rules.py).

User-facing strings are the string literals in the code that shows things to people: the Qt
package, the app, the command line and the content loaders. Docstrings and comments are for
engineers and are left out; so are strings that are clearly not prose (identifiers, paths, style
sheets, format codes).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from somatic_player.core.language_rules import rules_for
from tests.content.test_script_language import CLAIM_WORDS

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "somatic_player"
USER_FACING = sorted(
    [
        *(PACKAGE / "qt").glob("*.py"),
        *(PACKAGE / "content").glob("*.py"),
        PACKAGE / "app.py",
        PACKAGE / "cli.py",
        *PACKAGE.glob("cli_*.py"),
        ROOT / "README.md",
    ]
)
# Neutral references to the person's own therapy or therapist are allowed (CONTENT.md).
ALLOWED = re.compile(
    r"ketamine-assisted (psycho)?therapy|your (therapy|therapist)|a therapist", re.IGNORECASE
)


def _docstring_nodes(tree: ast.AST) -> set[int]:
    out: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                out.add(id(value))
    return out


def user_strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string literal a person may read in ``path``."""
    if path.suffix == ".md":
        return list(enumerate(path.read_text(encoding="utf-8").splitlines(), start=1))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_nodes(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and " " in node.value  # prose has spaces; identifiers and keys do not
        ):
            found.append((node.lineno, node.value))
    return found


def test_the_lint_reads_the_code_people_see() -> None:
    names = {p.name for p in USER_FACING}
    assert {"checkin_dialog.py", "library_page.py", "history_view.py", "cli.py"} <= names
    strings = [text for path in USER_FACING for _, text in user_strings(path)]
    assert any("Pain right now" in s for s in strings)
    assert len(strings) > 500


def test_the_lint_ignores_docstrings(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text('"""This module will treat nothing."""\nLABEL = "may help you relax"\n')
    assert [text for _, text in user_strings(sample)] == ["may help you relax"]


@pytest.mark.parametrize("path", USER_FACING, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_claim_words(path: Path) -> None:
    problems = []
    for line, text in user_strings(path):
        match = CLAIM_WORDS.search(ALLOWED.sub("", text))
        if match:
            problems.append(f"{path.name}:{line}: {match.group(0)!r} in {text[:80]!r}")
    assert not problems, "\n".join(problems)


TRANSLATIONS = sorted((ROOT / "ui" / "i18n").glob("somatic_player_*.ts"))
# Neutral references to the person's own therapy or therapist, in Spanish and German.
ALLOWED_TRANSLATED = re.compile(
    r"terapia asistida con ketamina|tu (terapia|terapeuta)|un terapeuta|"
    r"ketamin\w* (psycho)?therapie|dein(e|em|en|er)? (therapie|therapeut\w*)",
    re.IGNORECASE,
)


def translated_strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every translation in a Qt .ts file (each plural form on its own)."""
    import xml.etree.ElementTree as ET

    found = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        location = message.find("location")
        line = int(location.get("line", "0")) if location is not None else 0
        found += [(line, text) for text in forms if text]
    return found


def test_the_translation_lint_reads_every_interface_language() -> None:
    names = {p.name for p in TRANSLATIONS}
    assert {"somatic_player_es.ts", "somatic_player_de.ts"} <= names


@pytest.mark.parametrize("path", TRANSLATIONS, ids=lambda p: p.name)
def test_no_claim_words_in_the_translated_interface(path: Path) -> None:
    language = path.stem.rsplit("_", 1)[-1]
    claims = rules_for(language).claim_words
    problems = []
    for line, text in translated_strings(path):
        match = claims.search(ALLOWED_TRANSLATED.sub("", ALLOWED.sub("", text)))
        if match:
            problems.append(f"{path.name}:{line}: {match.group(0)!r} in {text[:80]!r}")
    assert not problems, "\n".join(problems)


def test_the_translation_lint_catches_claims(tmp_path: Path) -> None:
    sample = tmp_path / "somatic_player_de.ts"
    sample.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de"><context>'
        "<name>x</name><message><source>Relax</source>"
        "<translation>Lindert Schmerzen sofort</translation></message></context></TS>",
        encoding="utf-8",
    )
    [(_, text)] = translated_strings(sample)
    assert rules_for("de").claim_words.search(text)
