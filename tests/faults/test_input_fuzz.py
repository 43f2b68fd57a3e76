"""Routine files as hostile input, fuzzed with hypothesis: random TOML documents, random bytes,
and mutations of every shipped routine (keys deleted or written twice, wrong types,
out-of-range and non-finite numbers, huge strings, deep nesting, invalid UTF-8, truncation).

Through ``content.loader`` (what the app, the editor and ``somatic-player validate`` use) each
file either validates, and then compiles or is refused by the compiler in words, or is refused
with problems that each read ``PATH:LINE: message`` (the line inside the file). Nothing else
may escape: no other exception, nothing executed (no exec/eval/compile of code, no process, no
import after warm-up, no native library loaded) and nothing written anywhere (no file opened for
writing, created, renamed, removed or re-moded; the data folder is compared file by file).

Routine packages (.somatic archives) are fuzzed in tests/content/test_package_fuzz.py.
"""

from __future__ import annotations

import math
import re
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from somatic_player import resources
from somatic_player.content.loader import _KNOWN_FIELDS, load_routine
from somatic_player.content.source import MAX_BYTES, SourceError
from somatic_player.core.compiler import CompileError, compile_routine

SHIPPED = sorted(p for p in resources.scripts_dir().glob("*.toml"))
DISPLAY = "clinic/shared routine.toml"  # the name the person sees in every message
PROBLEM = re.compile(r"^clinic/shared routine\.toml:(\d+): (\S.*)$")
FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# -- watching what the loader does --------------------------------------------------------------

# Audit events that mean code ran, a process started, a library was loaded or a file changed.
_FORBIDDEN = re.compile(
    r"^(exec|compile|import|subprocess\..*|os\.(system|exec.*|posix_spawn.*|spawn.*|fork.*|"
    r"remove|unlink|rename|replace|rmdir|mkdir|chmod|chown|truncate|link|symlink|utime|"
    r"putenv|unsetenv|kill)|shutil\..*|ctypes\..*|socket\..*|tempfile\..*|sqlite3\..*)$"
)
_WRITE_FLAGS = 0o1 | 0o2 | 0o100 | 0o1000 | 0o2000  # O_WRONLY O_RDWR O_CREAT O_TRUNC O_APPEND
_seen: list[list[str]] = []


def _watch(event: str, args: tuple[Any, ...]) -> None:
    if not _seen:
        return
    if _FORBIDDEN.match(event):
        _seen[-1].append(f"{event} {args!r:.200}")
    elif event == "open":
        mode, flags = args[1], args[2]
        writes = isinstance(mode, str) and any(c in mode for c in "wax+")
        if writes or (isinstance(flags, int) and flags & _WRITE_FLAGS):
            _seen[-1].append(f"open for writing {args!r:.200}")


if not getattr(sys, "_somatic_loader_watch", False):  # audit hooks cannot be removed: once
    sys.addaudithook(_watch)
    sys._somatic_loader_watch = True  # type: ignore[attr-defined]


@contextmanager
def watched() -> Iterator[list[str]]:
    """What forbidden things happened inside the block."""
    events: list[str] = []
    _seen.append(events)
    try:
        yield events
    finally:
        _seen.pop()


def files_in(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_mode, p.read_bytes() if p.is_file() else b"")
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Import everything the loader and compiler import lazily, so that an import while
    watched means the input made something load."""
    for path in SHIPPED:
        compile_routine(load_routine(path))


@pytest.fixture
def routine_file(tmp_path: Path) -> Path:
    return tmp_path / "routine.toml"


def check(path: Path, raw: bytes, data_folder: Path) -> str:
    """Load ``raw`` as a routine file: "valid", "refused" or "not compiled"; anything else
    (another exception, something run or written) fails the test."""
    path.write_bytes(raw)
    lines = max(1, raw.count(b"\n") + 1)
    before = files_in(data_folder)
    with watched() as events:
        try:
            routine = load_routine(path, DISPLAY)
        except SourceError as exc:
            outcome, problems = "refused", exc.problems
        else:
            outcome, problems = "valid", []
            try:
                compile_routine(routine)
            except CompileError as exc:
                outcome = "not compiled"
                assert str(exc).strip() and "Traceback" not in str(exc)
    assert events == [], events
    assert files_in(data_folder) == before
    if outcome == "refused":
        assert problems, "refused without a reason"
        for problem in problems:
            found = PROBLEM.match(str(problem))
            assert found, f"not PATH:LINE: message: {problem!s:.300}"
            assert 1 <= int(found.group(1)) <= lines, f"line outside the file: {problem}"
            assert "\n" not in problem.message and "Traceback" not in problem.message
            assert "object at 0x" not in problem.message
    return outcome


# -- random documents ---------------------------------------------------------------------------

# Characters str.splitlines() takes for line breaks although TOML does not. source.py once counted
# lines with splitlines(), so after one of them every line number was off (see the test below);
# the generated texts now include them.
ODD_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
keys = st.one_of(
    st.sampled_from(_KNOWN_FIELDS),
    # a key is shown at the start of its message; a blank one has its own test below
    st.text(
        alphabet=st.characters(exclude_categories=["Cs"]),
        min_size=1,
        max_size=12,
    ).filter(lambda k: k.strip() == k and k.isprintable()),
)
scalars = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(
        alphabet=st.characters(exclude_categories=["Cs"]),
        max_size=40,
    ),
    st.sampled_from(["breath", "pmr", "movement", "narration", "silence", "1:2", "easy-pace"]),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.dates(min_value=date(1900, 1, 1)),
    st.times(),
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=30,
)


def as_toml(doc: dict[str, Any]) -> bytes | None:
    try:
        return tomli_w.dumps(doc).encode("utf-8")
    except (TypeError, ValueError):  # not writable as TOML (say, a list of mixed tables)
        return None


def without_odd_breaks(raw: bytes) -> bytes:
    """``raw`` with each of ODD_BREAKS (as UTF-8, a bare CR included) written as a newline."""
    raw = raw.replace(b"\r\n", b"\n")
    for ch in ODD_BREAKS:
        raw = raw.replace(ch.encode(), b"\n")
    return raw


@FUZZ
@given(
    doc=st.fixed_dictionaries(
        {"schema_version": st.one_of(st.just(1), scalars), "id": scalars, "steps": documents},
        optional={"title": scalars, "kind": scalars, "options": documents, "safety": documents},
    ).flatmap(lambda d: st.dictionaries(keys, documents, max_size=3).map(lambda e: {**e, **d}))
)
def test_random_toml_documents_validate_or_are_refused_by_line(
    doc: dict[str, Any], routine_file: Path, _private_user_home: Path
) -> None:
    raw = as_toml(doc)
    if raw is not None:
        check(routine_file, raw, _private_user_home)


@FUZZ
@given(raw=st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)))
def test_random_bytes_are_refused_by_line(
    raw: bytes, routine_file: Path, _private_user_home: Path
) -> None:
    raw = without_odd_breaks(raw)
    assert check(routine_file, raw, _private_user_home) in ("refused", "valid")


# -- mutations of the shipped routines -----------------------------------------------------------


def paths_of(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path and list index in a parsed document."""
    out = []
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        out.append((*prefix, key))
        if isinstance(child, dict | list):
            out.extend(paths_of(child, (*prefix, key)))
    return out


def value_at(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def replace_at(doc: Any, path: tuple[Any, ...], new: Any) -> None:
    holder = doc
    for key in path[:-1]:
        holder = holder[key]
    if new is _DELETE:
        del holder[path[-1]]
    else:
        holder[path[-1]] = new


_DELETE = object()
odd_values = st.one_of(
    st.just(_DELETE),
    scalars,  # a wrong type, more often than not
    st.sampled_from([-1, 0, 10**9, -(10**9), 2**63 - 1, 1e308, -1e-308, math.inf, math.nan]),
    st.integers(min_value=1, max_value=300_000).map(lambda n: "x" * n),  # huge strings
    st.integers(min_value=9, max_value=60).map(  # nested deeper than the loader allows
        lambda depth: _nested(depth)
    ),
    documents,
)


def _nested(depth: int) -> Any:
    value: Any = 1
    for level in range(depth):
        value = [value] if level % 2 else {"x": value}
    return value


@st.composite
def text_mutation(draw: st.DrawFn, raw: bytes) -> bytes:
    """Mutations of the bytes themselves: a line written twice (a duplicate key), invalid
    UTF-8 somewhere, a cut, a flipped byte, a byte-order mark, CR line ends."""
    lines = raw.split(b"\n")
    kind = draw(st.sampled_from(["duplicate", "utf8", "cut", "flip", "bom", "crlf"]))
    at = draw(st.integers(min_value=0, max_value=max(0, len(lines) - 1)))
    if kind == "duplicate":
        return b"\n".join([*lines[: at + 1], lines[at], *lines[at + 1 :]])
    pos = draw(st.integers(min_value=0, max_value=len(raw)))
    if kind == "utf8":
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]))
        return raw[:pos] + bad + raw[pos:]
    if kind == "cut":
        return raw[:pos]
    if kind == "flip" and raw:
        i = min(pos, len(raw) - 1)
        return raw[:i] + bytes([raw[i] ^ draw(st.integers(1, 255))]) + raw[i + 1 :]
    if kind == "bom":
        return b"\xef\xbb\xbf" + raw
    return raw.replace(b"\n", b"\r\n")  # (kept: CR LF counts as one line everywhere)


@FUZZ
@given(data=st.data(), source=st.sampled_from(SHIPPED))
def test_mutated_shipped_routines_validate_or_are_refused_by_line(
    data: st.DataObject, source: Path, routine_file: Path, _private_user_home: Path
) -> None:
    doc = tomllib.loads(source.read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        paths = paths_of(doc)
        if not paths:
            break
        path = data.draw(st.sampled_from(paths), label="where")
        current = value_at(doc, path)
        if (
            isinstance(current, int | float)
            and not isinstance(current, bool)
            and data.draw(st.booleans(), label="nudge")
        ):  # a plausible edit: often still valid, so the compiler gets odd routines too
            factor = data.draw(st.floats(min_value=0.25, max_value=4.0), label="factor")
            replace_at(doc, path, type(current)(current * factor))
        else:
            replace_at(doc, path, data.draw(odd_values, label="what"))
    raw = as_toml(doc)
    if raw is None:
        return
    if data.draw(st.booleans(), label="and the bytes too"):
        raw = without_odd_breaks(data.draw(text_mutation(raw), label="bytes"))
    check(routine_file, raw, _private_user_home)


@pytest.mark.parametrize("source", SHIPPED, ids=lambda p: p.stem)
def test_a_huge_file_and_deep_nesting_are_refused_before_parsing(
    source: Path, routine_file: Path, _private_user_home: Path
) -> None:
    raw = source.read_bytes()
    padded = raw + b"\n# " + b"x" * MAX_BYTES + b"\n"
    assert check(routine_file, padded, _private_user_home) == "refused"
    deep = raw + b"\nextra = " + b"[" * 40 + b"1" + b"]" * 40 + b"\n"
    assert check(routine_file, deep, _private_user_home) == "refused"
    # and the shipped file itself is valid (so the refusals came from what was added)
    assert check(routine_file, raw, _private_user_home) in ("valid", "not compiled")


def test_the_watch_sees_a_write_and_an_exec(tmp_path: Path) -> None:
    """The audit hook catches what it is there to catch (so the fuzz tests can fail)."""
    with watched() as events:
        (tmp_path / "written").write_text("x")
        exec("1 + 1")
    assert any(e.startswith("open for writing") for e in events)
    assert any(e.startswith(("exec", "compile")) for e in events)


def test_a_toml_time_where_a_number_belongs_is_refused(
    routine_file: Path, _private_user_home: Path
) -> None:
    doc = tomllib.loads(SHIPPED[0].read_text(encoding="utf-8"))
    doc["schema_version"] = time(8, 30)
    assert check(routine_file, as_toml(doc) or b"", _private_user_home) == "refused"


# -- faults the fuzzing found in content/source.py and content/loader.py -------------------------
# Each test failed before its fault was fixed.

# - lines were counted with str.splitlines(), which also breaks at U+2028, form feeds and more;
# - a field of another table in the wrong place was suggested as its own fix;
# - a blank key was shown bare ("  is not a known field").


def test_a_line_separator_pasted_into_a_text_does_not_shift_the_line_numbers(
    routine_file: Path, _private_user_home: Path
) -> None:
    raw = SHIPPED[0].read_bytes()
    lines = raw.split(b"\n")
    # A description pasted from a word processor, with its line separator, then a typo below.
    pasted = 'description = "Slow and easy.\u2028Rest when you need to."'.encode()
    lines = [pasted if line.startswith(b"description =") else line for line in lines]
    assert pasted in lines, "the shipped routine has a one-line description to replace"
    text = b"\n".join([*lines, b"tittle = 'typo'"])
    routine_file.write_bytes(text)
    with pytest.raises(SourceError) as refused:
        load_routine(routine_file, DISPLAY)
    typo_line = text.count(b"\n") + 1
    assert [p.line for p in refused.value.problems if "tittle" in p.message] == [typo_line]


def test_a_field_in_the_wrong_place_is_not_suggested_as_itself(
    routine_file: Path, _private_user_home: Path
) -> None:
    routine_file.write_bytes(SHIPPED[0].read_bytes() + b"\nadjustable = true\n")
    with pytest.raises(SourceError) as refused:
        load_routine(routine_file, DISPLAY)
    [problem] = [p for p in refused.value.problems if "adjustable" in p.message]
    assert "did you mean 'adjustable'" not in problem.message


def test_a_blank_key_is_shown_in_quotes(routine_file: Path, _private_user_home: Path) -> None:
    routine_file.write_bytes(SHIPPED[0].read_bytes() + b'\n" " = 1\n')
    with pytest.raises(SourceError) as refused:
        load_routine(routine_file, DISPLAY)
    [problem] = [p for p in refused.value.problems if "not a known field" in p.message]
    assert PROBLEM.match(str(problem)) and '" "' in problem.message
