"""The interface translations are complete, current and compiled (see docs/TRANSLATING.md).

lupdate is run over the code into a temporary folder and compared with ui/i18n/*.ts, so a string
added or changed in the code without updating the translations fails here; so does an entry
without a translation, a translation that drops or invents a {field}, %n or & mnemonic, and a
.qm file that is not what lrelease makes of its .ts today.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# tools/i18n.py, the script that maintains the files
_spec = importlib.util.spec_from_file_location("tools_i18n", ROOT / "tools" / "i18n.py")
assert _spec is not None and _spec.loader is not None
tools_i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools_i18n)

LANGS = tools_i18n.ALL
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context, message.findtext("source") or ""): message
        for context, message in tools_i18n.messages(tree)
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate finds in the code today, in a temporary folder."""
    out = tmp_path_factory.mktemp("lupdate")
    tools_i18n.run_lupdate(tools_i18n.sources(), LANGS, out)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_the_ts_file_holds_exactly_the_strings_in_the_code(fresh: Path, lang: str) -> None:
    shipped = set(entries(tools_i18n.ts_path(lang)))
    current = set(entries(fresh / tools_i18n.ts_path(lang).name))
    assert sorted(current - shipped)[:20] == [], "not in the .ts: run tools/i18n.py update"
    assert sorted(shipped - current)[:20] == [], "no longer in the code: run tools/i18n.py update"


def test_the_interface_has_strings_to_translate(fresh: Path) -> None:
    assert len(entries(fresh / tools_i18n.ts_path("es").name)) > 300


@pytest.mark.parametrize("lang", LANGS)
def test_no_entry_is_unfinished(lang: str) -> None:
    assert tools_i18n.unfinished(lang)[:20] == []


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("lang", ["es", "de"])
def test_translations_keep_fields_counts_and_mnemonics(lang: str) -> None:
    wrong = []
    for (context, source), message in entries(tools_i18n.ts_path(lang)).items():
        for text in _forms(message):
            if sorted(FIELD.findall(text)) != sorted(FIELD.findall(source)):
                wrong.append((context, source, text, "fields"))
            # a form may spell "one" out ("un minuto"), but the last (plural) one needs the count
            last = _forms(message)[-1]
            if "%n" in source and message.get("numerus") == "yes" and "%n" not in last:
                wrong.append((context, source, last, "%n"))
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                wrong.append((context, source, text, "mnemonic"))
            if not text.strip():
                wrong.append((context, source, text, "empty"))
    assert wrong[:20] == []


def test_the_english_plurals_have_two_forms() -> None:
    for (_context, source), message in entries(tools_i18n.ts_path("en")).items():
        assert len(_forms(message)) == 2, source


@pytest.mark.parametrize("lang", LANGS)
def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path, lang: str) -> None:
    tools_i18n.release(tmp_path)
    built = (tmp_path / tools_i18n.qm_path(lang).name).read_bytes()
    assert built == tools_i18n.qm_path(lang).read_bytes(), "run tools/i18n.py release"
