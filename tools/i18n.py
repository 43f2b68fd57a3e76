"""Keep the translations of the interface up to date (see docs/TRANSLATING.md).

    python tools/i18n.py update            # lupdate: every translate() call into ui/i18n/*.ts
    python tools/i18n.py fill PART.json... # put translations from JSON files into the .ts files
    python tools/i18n.py release           # lrelease: compile ui/i18n/*.qm (shipped)
    python tools/i18n.py status            # unfinished entries per language

A part file is a JSON list of ``{"context": ..., "source": ..., "es": ..., "de": ...}``; a plural
entry (``%n`` with a count) gives a list of forms, ``["1 sesión", "%n sesiones"]``, and may give
``"en"`` forms too (English needs its .ts only for plurals).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from somatic_player.i18n import english_plural

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "ui" / "i18n"
TRANSLATED = ("es", "de")
ALL = ("en", *TRANSLATED)


def ts_path(lang: str) -> Path:
    return I18N / f"somatic_player_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"somatic_player_{lang}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the environment running this script."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "somatic_player").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files if "_data" not in f.parts]


class _CountAsOne(ast.NodeTransformer):
    """``translate(ctx, "%n ...", None, <any count>)`` -> ``translate(ctx, "%n ...", None, 1)``.

    PySide6's lupdate takes the plural form only when the count is a number written in the call:
    an identifier there is read as an old "encoding" argument (the entry loses its plural forms)
    and any other expression drops the entry altogether.
    """

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name == "translate" and len(node.args) >= 4:
            node.args[3] = ast.Constant(1)
        return node


def _prepared(files: list[str], folder: Path) -> list[str]:
    """Copies of ``files`` under ``folder`` with every plural count written as 1."""
    out = []
    for name in files:
        tree = _CountAsOne().visit(ast.parse((ROOT / name).read_text(encoding="utf-8")))
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(ast.unparse(ast.fix_missing_locations(tree)), encoding="utf-8")
        out.append(str(target))
    return out


def run_lupdate(files: list[str], langs: tuple[str, ...], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="somatic-lupdate-") as tmp:
        prepared = _prepared(files, Path(tmp))
        for lang in langs:
            _lupdate(prepared, lang, out_dir)


def _lupdate(files: list[str], lang: str, out_dir: Path) -> None:
    args = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none"]
    if lang == "en":
        args.append("-pluralonly")
    args += ["-source-language", "en", "-target-language", lang]
    args += ["-ts", str(out_dir / ts_path(lang).name)]
    subprocess.run(args, cwd=out_dir, check=True, capture_output=True, text=True)


def update() -> None:
    run_lupdate(sources(), ALL, I18N)
    english_plurals()


def english_plurals() -> int:
    """Give English plural entries without forms their two forms from the source text, as
    ``somatic_player.i18n.english_plural`` reads it: ``"%n session(s)"`` -> ``["%n session",
    "%n sessions"]``, ``"%n entry(ies)"`` -> ``["%n entry", "%n entries"]``; a source without
    those marks is its own form for both."""

    path = ts_path("en")
    tree = ET.parse(path)
    count = 0
    for _context, message in messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in (english_plural(source, 1), english_plural(source, 2)):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
        count += 1
    if count:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        run_lupdate(sources(), ("en",), I18N)
    return count


def release(out_dir: Path = I18N) -> None:
    for lang in ALL:
        target = out_dir / qm_path(lang).name
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(target)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, message) for message in context.iter("message"))
    return out


def unfinished(lang: str) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    tree = ET.parse(ts_path(lang))
    missing = []
    for context, message in messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append((context, message.findtext("source") or ""))
    return missing


def fill(parts: list[Path]) -> dict[str, int]:
    table: dict[tuple[str, str], dict[str, object]] = {}
    for part in parts:
        for entry in json.loads(part.read_text(encoding="utf-8")):
            table[(entry["context"], entry["source"])] = entry
    filled: dict[str, int] = {}
    for lang in ALL:
        path = ts_path(lang)
        tree = ET.parse(path)
        count = 0
        for context, message in messages(tree):
            entry = table.get((context, message.findtext("source") or ""))
            if entry is None or lang not in entry:
                continue
            value = entry[lang]
            translation = message.find("translation")
            assert translation is not None
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value[0] if isinstance(value, list) else value)
            translation.attrib.pop("type", None)
            count += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        filled[lang] = count
    update()  # lupdate writes the files back in its own layout
    return filled


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "fill", "release", "status"):
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "fill":
        print(fill([Path(p) for p in argv[1:]]))
    elif command == "release":
        release()
    if command in ("update", "fill", "status"):
        for lang in ALL:
            print(f"{lang}: {len(unfinished(lang))} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
