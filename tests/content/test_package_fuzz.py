"""Hostile routine packages: every one is refused with one clear reason, nothing is written
outside the library and nothing of it is left inside the data folder.

Hand-made attacks (traversal, absolute and drive paths, links, bombs, floods, junk, truncation,
wrong member types, duplicates, bad checksums and manifests, newer formats, unknown exercises,
invalid routines and audio) plus hypothesis-generated zips, mutated packages and audio bytes,
which must be refused cleanly or accepted, never raise anything else.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from somatic_player.content import package_audio
from somatic_player.content.package import PackageError, PackageRefused, import_package
from somatic_player.content.package_audio import BadRecording, check_recording
from somatic_player.content.package_format import MAX_PACKAGE_BYTES, MIB
from tests.content.test_package import data_folder, narration, routine_doc, tree, write_routine

REGULAR = (stat.S_IFREG | 0o644) << 16
LINK = (stat.S_IFLNK | 0o777) << 16
FOLDER = (stat.S_IFDIR | 0o755) << 16 | 0x10
FIFO = (stat.S_IFIFO | 0o644) << 16
DOC = routine_doc([narration(clip="hello.wav"), {"kind": "silence", "duration_s": 5}])


def audio_bytes(
    fmt: str = "WAV",
    *,
    rate: int = 16_000,
    channels: int = 1,
    frames: int = 800,
    subtype: str | None = None,
    fill: float | None = None,
) -> bytes:
    data = np.random.default_rng(1).uniform(-0.3, 0.3, (frames, channels))
    if fill is not None:
        data[:] = fill
    buf = io.BytesIO()
    sf.write(buf, data, rate, format=fmt, subtype=subtype)
    return buf.getvalue()


ROUTINE = tomli_w.dumps(DOC).encode()
WAV = audio_bytes()
FLAC = audio_bytes("FLAC")
OGG = audio_bytes("OGG", subtype="VORBIS")
GOOD = {"routine.toml": ROUTINE, "recordings/hello.wav": WAV}


def manifest(described: dict[str, bytes], **changes: Any) -> bytes:
    """A manifest describing the files ``described`` correctly, with ``changes`` made to it."""
    data: dict[str, Any] = {
        "format": "somatic-routine-package",
        "format_version": 1,
        "app_version": "0.1.0",
        "created": "2026-11-25T09:30:00Z",
        "routine": {"id": "for-anna", "title": "For Anna"},
        "files": [
            {"path": name, "size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
            for name, body in described.items()
        ],
    }
    data.update(changes)
    return json.dumps(data).encode()


Entry = tuple[str, bytes, int, int]  # name, bytes, compression, external_attr


def zip_of(entries: list[Entry]) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():  # duplicate names warn when written, on purpose here
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w") as zf:
            for name, body, method, attr in entries:
                info = zipfile.ZipInfo(name, (2026, 11, 25, 9, 30, 0))
                info.compress_type = method
                info.external_attr = attr
                zf.writestr(info, body)
    return buf.getvalue()


def package(
    members: dict[str, bytes] | None = None,
    *,
    listed: dict[str, bytes] | None = None,
    extra: tuple[Entry, ...] = (),
    attrs: dict[str, int] | None = None,
    method: int = zipfile.ZIP_DEFLATED,
    **manifest_changes: Any,
) -> bytes:
    """A package of ``members`` (default: a valid one) whose manifest describes ``listed``
    (default: the members), plus raw ``extra`` entries."""
    files = dict(GOOD if members is None else members)
    attrs = attrs or {}
    body = manifest(files if listed is None else listed, **manifest_changes)
    entries: list[Entry] = [("manifest.json", body, method, attrs.get("manifest.json", REGULAR))]
    entries += [(n, b, method, attrs.get(n, REGULAR)) for n, b in files.items()]
    return zip_of([*entries, *extra])


def patch_entry(data: bytes, name: str, **fields: int) -> bytes:
    """Change ``flags``, ``packed`` or ``size`` of entry ``name`` in the central directory (flags
    in its local header too)."""
    out = bytearray(data)
    encoded = name.encode()
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", out, at + 28)[0]
        if bytes(out[at + 46 : at + 46 + length]) == encoded:
            if "flags" in fields:
                struct.pack_into("<H", out, at + 8, fields["flags"])
                local = struct.unpack_from("<L", out, at + 42)[0]
                struct.pack_into("<H", out, local + 6, fields["flags"])
            if "packed" in fields:
                struct.pack_into("<L", out, at + 20, fields["packed"])
            if "size" in fields:
                struct.pack_into("<L", out, at + 24, fields["size"])
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def patch_directory(data: bytes, *, entries: int | None = None, size: int | None = None) -> bytes:
    out = bytearray(data)
    at = out.rfind(b"PK\x05\x06")
    if entries is not None:
        struct.pack_into("<HH", out, at + 8, entries, entries)
    if size is not None:
        struct.pack_into("<L", out, at + 12, size)
    return bytes(out)


def with_doc(doc: dict[str, Any], **files: bytes) -> bytes:
    return package({"routine.toml": tomli_w.dumps(doc).encode(), **files})


def flood() -> bytes:
    names = [f"recordings/c{i}.wav" for i in range(200)]
    return package({**GOOD, **dict.fromkeys(names, WAV)})


def bomb() -> bytes:
    routine = ROUTINE + b"#" * (2 * MIB - len(ROUTINE) - 1)
    return package({**GOOD, "routine.toml": routine})


def renamed_raw(old: str, new: bytes) -> bytes:
    files = {**GOOD, old: b"x"}
    return package(files).replace(old.encode(), new)


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    # where entries point
    "traversal": (lambda: package({**GOOD, "../routine.toml": ROUTINE}), "outside the package"),
    "deep traversal": (
        lambda: package({**GOOD, "recordings/../../../.bashrc": b"rm -rf ~"}),
        "outside the package",
    ),
    "absolute path": (lambda: package({**GOOD, "/etc/cron.d/x": b"x"}), "absolute path"),
    "drive letter": (lambda: package({**GOOD, "C:/Users/x.wav": WAV}), "names a drive"),
    "backslashes": (
        lambda: package({**GOOD, "recordings\\..\\x.wav": WAV}),
        "backslashes",
    ),
    "NUL in a name": (
        lambda: renamed_raw("recordings/aXb.wav", b"recordings/a\x00b.wav"),
        "NUL byte",
    ),
    "control characters": (lambda: package({**GOOD, "recordings/a\x1b.wav": WAV}), "control"),
    # what entries are
    "symlink routine": (lambda: package(attrs={"routine.toml": LINK}), "holds a link"),
    "symlink recording": (lambda: package(attrs={"recordings/hello.wav": LINK}), "holds a link"),
    "symlink manifest": (lambda: package(attrs={"manifest.json": LINK}), "holds a link"),
    "folder entry": (
        lambda: package(extra=(("recordings/", b"", zipfile.ZIP_STORED, FOLDER),)),
        "folder entry",
    ),
    "fifo": (lambda: package(attrs={"routine.toml": FIFO}), "special file"),
    "encrypted": (lambda: patch_entry(package(), "routine.toml", flags=1), "encrypted"),
    "bzip2": (lambda: package(method=zipfile.ZIP_BZIP2), "compression method"),
    # unexpected members
    "text file": (lambda: package({**GOOD, "notes.txt": b"hi"}), "unexpected file"),
    "mp3 recording": (lambda: package({**GOOD, "recordings/a.mp3": b"ID3"}), "unexpected file"),
    "nested recording": (lambda: package({**GOOD, "recordings/x/a.wav": WAV}), "unexpected file"),
    "dot file": (lambda: package({**GOOD, "recordings/.a.wav": WAV}), "unexpected file"),
    "macos fork": (lambda: package({**GOOD, "__MACOSX/._routine.toml": b"x"}), "unexpected"),
    "capital routine": (lambda: package({**GOOD, "Routine.toml": ROUTINE}), "unexpected file"),
    "executable": (lambda: package({**GOOD, "recordings/a.wav.exe": b"MZ"}), "unexpected file"),
    "python": (lambda: package({**GOOD, "routine.py": b"import os"}), "unexpected file"),
    # duplicates and floods
    "duplicate": (
        lambda: package(extra=(("routine.toml", ROUTINE, zipfile.ZIP_DEFLATED, REGULAR),)),
        "two entries named 'routine.toml'",
    ),
    "case duplicate": (
        lambda: package({**GOOD, "recordings/HELLO.wav": WAV}),
        "differ only in case",
    ),
    "entry flood": (flood, "203 entries"),
    "forged entry count": (lambda: patch_directory(package(), entries=65_000), "65000 entries"),
    "forged directory size": (
        lambda: patch_directory(package(), size=50 * MIB),
        "oversized table of contents",
    ),
    # sizes
    "zip bomb": (bomb, "zip bomb"),
    "declared too large": (
        lambda: patch_entry(package(), "routine.toml", size=3 * MIB),
        r"routine.toml is too large \(3.0 MiB; at most 2.0 MiB\)",
    ),
    "total too large": (
        lambda: _patch_all(
            package({**GOOD, **{f"recordings/c{i}.wav": WAV for i in range(5)}}),
            [f"recordings/c{i}.wav" for i in range(5)],
            45 * MIB,
        ),
        "unpacks to more than 200.0 MiB",
    ),
    "declared smaller than it is": (
        lambda: patch_entry(
            package(listed={**GOOD, "routine.toml": ROUTINE[:10]}), "routine.toml", size=10
        ),
        "routine.toml is damaged",
    ),
    "stored size mismatch": (
        lambda: patch_entry(package(method=zipfile.ZIP_STORED), "routine.toml", packed=5),
        "damaged",
    ),
    # not a package
    "junk": (lambda: os.urandom(4096), "not a zip file"),
    "empty file": (lambda: b"", "not a zip file"),
    "empty zip": (lambda: zip_of([]), "is empty"),
    "truncated half": (lambda: package()[: len(package()) // 2], "not a zip file"),
    "truncated tail": (lambda: package()[:-30], "not a zip file"),
    "truncated directory": (lambda: _cut_directory(package()), "damaged or not a zip file"),
    "no manifest": (lambda: zip_of([("routine.toml", ROUTINE, 8, REGULAR)]), "no manifest.json"),
    "no routine": (lambda: package({"recordings/hello.wav": WAV}), "no routine.toml"),
    # the manifest
    "manifest not JSON": (
        lambda: zip_of(
            [("manifest.json", b"{nope", 8, REGULAR), ("routine.toml", ROUTINE, 8, REGULAR)]
        ),
        "manifest.json is not valid JSON",
    ),
    "manifest deep JSON": (
        lambda: zip_of(
            [("manifest.json", b"[" * 60_000, 8, REGULAR), ("routine.toml", ROUTINE, 8, REGULAR)]
        ),
        "manifest.json is not valid JSON",
    ),
    "manifest a list": (
        lambda: zip_of(
            [("manifest.json", b"[]", 8, REGULAR), ("routine.toml", ROUTINE, 8, REGULAR)]
        ),
        "not a Somatic Player package manifest",
    ),
    "other format": (lambda: package(format="epub"), "not a Somatic Player package manifest"),
    "newer format": (lambda: package(format_version=2), "newer Somatic Player .*format 2"),
    "version as text": (
        lambda: package(format_version="1"),
        r"manifest.json is invalid \(format_version",
    ),
    "unknown manifest field": (lambda: package(run="rm -rf /"), r"invalid \(run: Extra"),
    "no files list": (lambda: package(files=None), r"invalid \(files"),
    "bad created date": (lambda: package(created="yesterday"), r"invalid \(created"),
    "bad checksum text": (
        lambda: package(files=[{"path": "routine.toml", "size": 1, "sha256": "x"}]),
        r"invalid \(files\[0\].sha256",
    ),
    "listed but missing": (
        lambda: package(listed={**GOOD, "recordings/gone.wav": WAV}),
        "lists 'recordings/gone.wav', which the package does not hold",
    ),
    "not listed": (
        lambda: package(listed={"routine.toml": ROUTINE}),
        "recordings/hello.wav is not listed",
    ),
    "listed twice": (
        lambda: package(listed={**GOOD}, files=json.loads(manifest(GOOD))["files"] * 2),
        "lists 'routine.toml' twice",
    ),
    "wrong size": (
        lambda: package(listed={**GOOD, "routine.toml": ROUTINE + b" "}),
        "routine.toml is not the size manifest.json gives",
    ),
    "bad checksum": (
        lambda: package(listed={**GOOD, "routine.toml": ROUTINE.replace(b"For", b"Fox")}),
        "routine.toml does not match its checksum",
    ),
    "manifest names another routine": (
        lambda: package(routine={"id": "someone-else", "title": "For Anna"}),
        "manifest.json names routine 'someone-else', but routine.toml holds 'for-anna'",
    ),
    # the routine
    "unknown exercise": (
        lambda: with_doc(
            routine_doc([{"kind": "movement", "exercise": "backflip"}]),
            **{"recordings/hello.wav": WAV},
        ),
        "steps\\[0\\].exercise 'backflip' is not in the exercise library",
    ),
    "invalid routine": (
        lambda: package(
            {**GOOD, "routine.toml": ROUTINE.replace(b"duration_s = 5", b"duration_s = 0")}
        ),
        r"^routine.toml:\d+: steps\[1\].duration_s must be between 1 and 14400 seconds, got 0$",
    ),
    "newer routine schema": (
        lambda: package(
            {**GOOD, "routine.toml": ROUTINE.replace(b"schema_version = 1", b"schema_version = 7")}
        ),
        "routine.toml:1: uses schema_version 7",
    ),
    "binary routine": (
        lambda: package({**GOOD, "routine.toml": b"id = \x00\x01"}),
        "routine.toml:1: is not a text file",
    ),
    "not TOML": (lambda: package({**GOOD, "routine.toml": b"[[[steps"}), "is not valid TOML"),
    # the recordings
    "junk audio": (
        lambda: package({**GOOD, "recordings/hello.wav": b"RIFF\x00\x00junk"}),
        "not valid audio",
    ),
    "FLAC named .wav": (
        lambda: package({**GOOD, "recordings/hello.wav": FLAC}),
        "holds FLAC audio",
    ),
    "Ogg named .wav": (lambda: package({**GOOD, "recordings/hello.wav": OGG}), "holds OGG audio"),
    "low rate": (
        lambda: package({**GOOD, "recordings/hello.wav": audio_bytes(rate=4000)}),
        "sample rate of 4000 Hz",
    ),
    "many channels": (
        lambda: package({**GOOD, "recordings/hello.wav": audio_bytes(channels=3)}),
        "has 3 channels",
    ),
    "not finite": (
        lambda: package(
            {**GOOD, "recordings/hello.wav": audio_bytes(subtype="FLOAT", fill=np.nan)}
        ),
        "not finite",
    ),
    "silent nothing": (
        lambda: package({**GOOD, "recordings/hello.wav": audio_bytes(frames=0)}),
        "hello.wav is empty",
    ),
    "recording not used": (
        lambda: package({**GOOD, "recordings/extra.wav": WAV}),
        "recordings/extra.wav is not used by the routine",
    ),
    "recording missing": (
        lambda: package({"routine.toml": ROUTINE}),
        "routine.toml plays recording 'hello.wav', which the package does not hold",
    ),
}


def _patch_all(data: bytes, names: list[str], size: int) -> bytes:
    for name in names:
        data = patch_entry(data, name, size=size, packed=size)
    return data


def _cut_directory(data: bytes) -> bytes:
    """The central directory loses its last 10 bytes (the end record still points at it)."""
    end = data.rfind(b"PK\x05\x06")
    return data[: end - 10] + data[end:]


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(everything, data folder): a patient's data folder holding one routine already."""
    home = tmp_path / "home"
    monkeypatch.setenv("SOMATIC_PLAYER_HOME", str(home))
    write_routine(home / "routines" / "mine.toml", routine_doc([narration()], id="mine"))
    (tmp_path / "in").mkdir()
    return tmp_path, home


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_package_is_refused_leaving_nothing(
    case: str, folders: tuple[Path, Path]
) -> None:
    root, _home = folders
    make, reason = HOSTILE[case]
    hostile = root / "in" / "hostile.somatic"
    hostile.write_bytes(make())
    before = tree(root)
    with pytest.raises(PackageRefused) as refused:
        import_package(hostile)
    assert tree(root) == before
    message = refused.value.reason
    assert "\n" not in message and len(message) < 500, message
    assert refused.value.path == hostile
    assert re.search(reason, message), message


def test_a_recording_longer_than_the_limit_is_refused(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_audio, "MAX_RECORDING_S", 0.04)  # 640 frames at 16 kHz
    root, _home = folders
    hostile = root / "in" / "long.somatic"
    hostile.write_bytes(package())
    before = tree(root)
    with pytest.raises(PackageRefused, match=r"hello\.wav is longer than 0\.0"):
        import_package(hostile)
    assert tree(root) == before


def test_a_real_half_hour_recording_is_refused(tmp_path: Path) -> None:
    long_wav = tmp_path / "long.wav"
    sf.write(str(long_wav), np.zeros((30 * 60 * 8000 + 1, 1)), 8000, subtype="PCM_U8")
    with pytest.raises(BadRecording, match="longer than 30 minutes"):
        check_recording(long_wav, "recordings/long.wav")


def test_a_package_too_large_to_be_real_is_refused_unread(folders: tuple[Path, Path]) -> None:
    root, _home = folders
    huge = root / "in" / "huge.somatic"
    with huge.open("wb") as fh:
        fh.truncate(MAX_PACKAGE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(PackageRefused, match="is too large"):
        import_package(huge)
    folder = root / "in" / "folder.somatic"
    folder.mkdir()
    with pytest.raises(PackageRefused, match="is not a file"):
        import_package(folder)
    with pytest.raises(PackageRefused, match="does not exist"):
        import_package(root / "in" / "missing.somatic")


def test_the_valid_package_these_attacks_start_from_is_accepted(folders: tuple[Path, Path]) -> None:
    root, home = folders
    good = root / "in" / "good.somatic"
    good.write_bytes(package())
    result = import_package(good)
    assert result.path == home / "routines" / "for-anna.toml"
    assert result.path.read_bytes() == ROUTINE
    assert result.recordings[0].read_bytes() == WAV


# -- generated packages -------------------------------------------------------------------------

EXPECTED_NAMES = st.sampled_from(["manifest.json", "routine.toml", "recordings/hello.wav"])
NAMES = st.one_of(
    EXPECTED_NAMES,
    EXPECTED_NAMES,  # twice: most examples should get past the name checks
    st.sampled_from(
        [
            "recordings/other.flac",
            "../routine.toml",
            "/routine.toml",
            "C:\\routine.toml",
            "recordings/",
            "recordings/../x.wav",
            "ROUTINE.TOML",
        ]
    ),
    st.from_regex(r"recordings/[A-Za-z0-9_.-]{1,10}\.(wav|flac|ogg)", fullmatch=True),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=30),
)
# A routine that plays a clip that may or may not be there, and routine text with random edits.
ROUTINE_OTHER = tomli_w.dumps(routine_doc([narration(clip="other.flac")])).encode()
BODIES = st.one_of(
    st.sampled_from([ROUTINE, ROUTINE_OTHER, WAV, FLAC, OGG, b"", b"{}", manifest(GOOD)]),
    st.binary(max_size=400),
    st.builds(
        lambda body, at, new: body[: at % len(body)] + new + body[at % len(body) + len(new) :],
        st.sampled_from([ROUTINE, WAV, FLAC, OGG]),
        st.integers(0, 4000),
        st.binary(min_size=1, max_size=8),
    ),
)
ENTRIES = st.tuples(
    NAMES,
    BODIES,
    st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
    st.sampled_from([REGULAR] * 6 + [0, LINK, FOLDER, FIFO]),
)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def refused_or_accepted(data: bytes, root: Path) -> None:
    """Import ``data``: a clean refusal leaves every folder as it was; an acceptance adds only
    the routine (and its recordings) to the library. Anything else fails the test."""
    run = root / f"run-{os.urandom(4).hex()}"
    (run / "in").mkdir(parents=True)
    with data_folder(run / "home") as home:
        home.mkdir()
        pkg = run / "in" / "fuzz.somatic"
        pkg.write_bytes(data)
        before = tree(run)
        try:
            result = import_package(pkg)
        except PackageError as exc:
            assert "\n" not in exc.reason
            assert tree(run) == before
            return
        added = set(tree(run)) - set(before)
        assert all(p.startswith("home/routines") for p in added), added
        assert result.path.is_relative_to(home / "routines")


@FUZZ
@given(entries=st.lists(ENTRIES, max_size=6), with_manifest=st.booleans())
def test_random_zips_are_refused_or_accepted_cleanly(
    entries: list[Entry], with_manifest: bool, tmp_path: Path
) -> None:
    if with_manifest:  # a correct manifest lets the example reach the deeper checks
        listed = {name: body for name, body, _m, _a in entries if name != "manifest.json"}
        entries = [("manifest.json", manifest(listed), zipfile.ZIP_DEFLATED, REGULAR), *entries]
    refused_or_accepted(zip_of(entries), tmp_path)


@FUZZ
@given(
    changes=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=6),
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
)
def test_damaged_packages_are_refused_or_accepted_cleanly(
    changes: list[tuple[int, int]], cut: int | None, tmp_path: Path
) -> None:
    data = bytearray(package())
    for at, value in changes:
        data[at % len(data)] = value
    refused_or_accepted(bytes(data[: cut % len(data)] if cut is not None else data), tmp_path)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    base=st.sampled_from([(WAV, ".wav"), (FLAC, ".flac"), (OGG, ".ogg"), (b"", ".wav")]),
    changes=st.lists(st.tuples(st.integers(0, 10**5), st.integers(0, 255)), max_size=8),
    tail=st.binary(max_size=64),
    cut=st.one_of(st.none(), st.integers(0, 10**5)),
)
def test_damaged_audio_is_judged_without_surprises(
    base: tuple[bytes, str],
    changes: list[tuple[int, int]],
    tail: bytes,
    cut: int | None,
    tmp_path: Path,
) -> None:
    body, suffix = base
    data = bytearray(body + tail)
    for at, value in changes:
        if data:
            data[at % len(data)] = value
    if cut is not None and data:
        data = data[: cut % len(data)]
    file = tmp_path / f"clip{suffix}"
    file.write_bytes(bytes(data))
    try:
        found = check_recording(file, f"recordings/clip{suffix}")
    except BadRecording as exc:
        assert "\n" not in str(exc)
    else:
        assert found.seconds > 0 and 1 <= found.channels <= 2


@FUZZ
@given(
    routine=BODIES,
    recordings=st.dictionaries(
        st.sampled_from(["recordings/hello.wav", "recordings/other.flac", "recordings/x.ogg"]),
        BODIES,
        max_size=3,
    ),
)
def test_well_formed_packages_with_random_contents_are_refused_or_accepted_cleanly(
    routine: bytes, recordings: dict[str, bytes], tmp_path: Path
) -> None:
    """Sound zips with correct manifests: the routine and audio checks get the random bytes."""
    refused_or_accepted(package({"routine.toml": routine, **recordings}), tmp_path)
