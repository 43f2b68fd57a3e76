"""Read an untrusted TOML file safely and remember where each key was written.

Routine files come from clinicians and from other machines, so reading refuses anything that is
not small, plain UTF-8 text of sane shape before the TOML parser sees it, and every later error
can point at the line that caused it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_BYTES = 2 * 1024 * 1024
MAX_NESTING = 8
MAX_NUMBER_DIGITS = 20

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, in words for the person who wrote it."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class SourceError(Exception):
    """The file could not be read as a routine; ``problems`` says why, with lines."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Source:
    """Parsed TOML plus a map from key paths to the lines they were written on."""

    path: str
    data: dict[str, Any]
    lines: dict[Loc, int]

    def line_of(self, loc: Loc) -> int:
        """The line of the longest known prefix of ``loc`` (1 when nothing matches)."""
        for end in range(len(loc), 0, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return 1


_NUMBER = re.compile(r"(?<![\w.\"'])[+-]?\d[\d_]{" + str(MAX_NUMBER_DIGITS) + ",}")
_TOML_LINE = re.compile(r"at line (\d+)")


def read_source(path: Path, display: str | None = None) -> Source:
    """Read and parse ``path``; raise SourceError with a clear, located reason on bad input."""
    name = display or str(path)
    try:
        if path.is_symlink() and not path.resolve().is_file():
            raise SourceError([Problem(name, 1, "is a link to nothing")])
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(
                [
                    Problem(
                        name,
                        1,
                        f"is too large ({size // 1024} KiB; routine files "
                        f"are at most {MAX_BYTES // 1024 // 1024} MiB)",
                    )
                ]
            )
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise SourceError([Problem(name, 1, "is a folder, not a routine file")]) from None
    except FileNotFoundError:
        raise SourceError([Problem(name, 1, "does not exist")]) from None
    except PermissionError:
        raise SourceError([Problem(name, 1, "cannot be read (permission denied)")]) from None
    except OSError as exc:
        raise SourceError([Problem(name, 1, f"cannot be read ({exc.strerror or exc})")]) from None
    return parse_source(raw, name)


def parse_source(raw: bytes, name: str) -> Source:
    """Parse TOML bytes; see ``read_source``."""
    if len(raw) > MAX_BYTES:
        raise SourceError([Problem(name, 1, "is too large for a routine file")])
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise SourceError([Problem(name, line, "is not a text file (it contains binary data)")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            [Problem(name, line, f"is not valid UTF-8 text (byte 0x{raw[exc.start]:02x})")]
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_shape(text, name)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        found = _TOML_LINE.search(msg)
        line = int(found.group(1)) if found else 1
        detail = re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)", "", msg).strip()
        if "end of document" in msg:
            nonblank = [i for i, ln in enumerate(_lines(text), 1) if ln.strip()]
            line = nonblank[-1] if nonblank else 1
            detail += " (the file ends before it is complete)"
        raise SourceError([Problem(name, line, f"is not valid TOML: {detail.lower()}")]) from None
    except (ValueError, RecursionError) as exc:
        raise SourceError([Problem(name, 1, f"is not valid TOML: {exc}")]) from None
    return Source(name, data, _locate_keys(text))


def _lines(text: str) -> list[str]:
    """The file's lines as TOML counts them: broken at newlines only (a CR before one is part of
    the break). str.splitlines() would also break at U+2028, form feeds and others, which may sit
    inside a quoted text, and shift every line number after them."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def _check_shape(text: str, name: str) -> None:
    """Refuse deep nesting and absurd numbers before the parser has to deal with them."""
    depth = 0
    in_str: str | None = None
    for lineno, line in enumerate(_lines(text), 1):
        if in_str is None and _NUMBER.search(line.split("#", 1)[0]):
            raise SourceError([Problem(name, lineno, "has a number with too many digits")])
        i = 0
        while i < len(line):
            ch = line[i]
            if in_str:
                if line.startswith(in_str, i):
                    i += len(in_str)
                    in_str = None
                    continue
                if ch == "\\" and in_str in ('"', '"""'):
                    i += 2
                    continue
            elif line.startswith('"""', i) or line.startswith("'''", i):
                in_str = line[i : i + 3]
                i += 3
                continue
            elif ch in "\"'":
                in_str = ch
            elif ch == "#":
                break
            elif ch in "[{":
                depth += 1
                if depth > MAX_NESTING:
                    raise SourceError(
                        [Problem(name, lineno, f"nests more than {MAX_NESTING} levels deep")]
                    )
            elif ch in "]}":
                depth = max(0, depth - 1)
            i += 1
        if in_str in ('"', "'"):
            in_str = None  # single-line strings cannot span lines; the parser will say so


_HEADER_AOT = re.compile(r"^\s*\[\[\s*([^\]]+?)\s*\]\]")
_HEADER = re.compile(r"^\s*\[\s*([^\]\[]+?)\s*\]")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*="""
)


def _split_key(key: str) -> list[str]:
    parts = re.findall(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""", key)
    return [p.strip("\"'") for p in parts]


def _locate_keys(text: str) -> dict[Loc, int]:
    """Map key paths (``("steps", 2, "inhale_s")``) to 1-based line numbers.

    Only called on text tomllib accepted, so a light scan is enough: headers, keys, multi-line
    strings (skipped) and multi-line arrays (one element per line is the common style).
    """
    lines: dict[Loc, int] = {}
    aot_count: dict[tuple[str, ...], int] = {}
    table: Loc = ()
    in_multiline: str | None = None
    array_key: Loc | None = None
    array_index = 0

    def resolve(names: list[str]) -> Loc:
        out: list[str | int] = []
        for i in range(len(names)):
            out.append(names[i])
            prefix = tuple(names[: i + 1])
            if prefix in aot_count:
                out.append(aot_count[prefix])
        return tuple(out)

    for lineno, line in enumerate(_lines(text), 1):
        if in_multiline:
            if in_multiline in line:
                in_multiline = None
            continue
        stripped = (
            line.split("#", 1)[0].strip() if '"' not in line and "'" not in line else line.strip()
        )
        if array_key is not None:
            if stripped.startswith(('"', "'", "{")) or (stripped and stripped[0].isdigit()):
                lines.setdefault((*array_key, array_index), lineno)
                array_index += stripped.count('",') + stripped.count("',") or 1
            if stripped.startswith("]") or stripped.endswith("]"):
                array_key = None
            continue
        if m := _HEADER_AOT.match(line):
            names = _split_key(m.group(1))
            key = tuple(names)
            aot_count[key] = aot_count.get(key, -1) + 1
            for other in [k for k in aot_count if len(k) > len(key) and k[: len(key)] == key]:
                del aot_count[other]
            table = resolve(names)
            lines.setdefault(table, lineno)
            continue
        if m := _HEADER.match(line):
            table = resolve(_split_key(m.group(1)))
            lines.setdefault(table, lineno)
            continue
        if m := _KEY.match(line):
            loc = (*table, *_split_key(m.group(1)))
            lines.setdefault(loc, lineno)
            rest = line[m.end() :].strip()
            for quote in ('"""', "'''"):
                if rest.startswith(quote) and rest.count(quote) == 1:
                    in_multiline = quote
            if rest.startswith("[") and rest.count("[") > rest.count("]"):
                array_key, array_index = loc, 0
    return lines
