"""Routine packages: export then import gives back the same routine file and recordings
(property-tested over generated routines and audio), and the library rules of an import.

The builders here (generated routines, clips, a clinic and a patient data folder) are shared with
test_package_fuzz.py and tests/cli/test_package_cli.py.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from somatic_player.content.library import UnknownRoutine, find_routine, load_library
from somatic_player.content.loader import RoutineError, load_routine
from somatic_player.content.package import (
    ExportError,
    PackageError,
    PackageRefused,
    RoutineExists,
    check_routine_id,
    export_routine,
    import_package,
    open_package,
)
from somatic_player.content.package_format import clip_folder, recordings_dir
from somatic_player.core.bodymap import PARTS
from somatic_player.core.routine import GENTLE_VISIT, tension_verbs_in

EXERCISES = ("ankle-pumps", "chin-nods", "marching", "shoulder-rolls", "pelvic-tilt")
GENTLE_TENSE = "Gently tense the muscles here, never to the point of pain or cramp."
SUFFIX_FORMATS = {".wav": ("WAV", "PCM_16"), ".flac": ("FLAC", "PCM_16"), ".ogg": ("OGG", "VORBIS")}


# -- builders -----------------------------------------------------------------------------------


def routine_doc(steps: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    """A routine file's contents (schema version 1, a non-built-in id) around ``steps``."""
    return {
        "schema_version": 1,
        "id": "for-anna",
        "title": "For Anna",
        "kind": "mixed",
        **fields,
        "steps": steps,
    }


def narration(text: str = "Settle in and rest.", clip: str | None = None) -> dict[str, Any]:
    step: dict[str, Any] = {"kind": "narration", "text": text}
    if clip is not None:
        step["clip"] = clip
    return step


def write_routine(path: Path, doc: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(tomli_w.dumps(doc).encode("utf-8"))
    return path


def write_clip(
    path: Path,
    *,
    rate: int = 16_000,
    channels: int = 1,
    frames: int = 1600,
    seed: int = 0,
    subtype: str | None = None,
) -> Path:
    """A short clip of quiet noise, in the format its suffix names."""
    path.parent.mkdir(parents=True, exist_ok=True)
    kind, default_subtype = SUFFIX_FORMATS[path.suffix.lower()]
    data = np.random.default_rng(seed).uniform(-0.3, 0.3, (frames, channels))
    sf.write(str(path), data, rate, format=kind, subtype=subtype or default_subtype)
    return path


@contextmanager
def data_folder(home: Path) -> Iterator[Path]:
    """Point the app's data folder at ``home`` for a block (hypothesis examples, which cannot use
    function-scoped fixtures)."""
    old = os.environ.get("SOMATIC_PLAYER_HOME")
    os.environ["SOMATIC_PLAYER_HOME"] = str(home)
    try:
        yield home
    finally:
        if old is None:
            del os.environ["SOMATIC_PLAYER_HOME"]
        else:
            os.environ["SOMATIC_PLAYER_HOME"] = old


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under ``root`` with its bytes (None for folders)."""
    return {
        str(p.relative_to(root)): (None if p.is_dir() and not p.is_symlink() else p.read_bytes())
        for p in sorted(root.rglob("*"))
    }


def clinic_routine(
    home: Path, doc: dict[str, Any], clips: dict[str, dict[str, Any]], *, beside: bool = False
) -> Path:
    """A clinician's routine with its clips: in the library layout (``routines/<id>.toml`` and
    ``routines/<id>/recordings/``) or, with ``beside``, a hand-made file with clips beside it."""
    if beside:
        path = write_routine(home / "work" / f"{doc['id']}.toml", doc)
        folder = path.parent
    else:
        path = write_routine(home / "routines" / f"{doc['id']}.toml", doc)
        folder = recordings_dir(path)
    for name, audio in clips.items():
        write_clip(folder / name, **audio)
    return path


# -- generated routines -------------------------------------------------------------------------

_TEXT_CHARS = st.characters(
    categories=("L", "N", "P", "Zs", "S"), exclude_characters="\u2028\u2029\x85"
)
texts = st.text(_TEXT_CHARS, max_size=40).filter(lambda t: not tension_verbs_in(t))
short_texts = st.text(_TEXT_CHARS, min_size=1, max_size=20).filter(
    lambda t: bool(t.strip()) and not tension_verbs_in(t)
)


def seconds(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.floats(lo, hi).map(lambda x: round(x, 2)).filter(lambda x: lo <= x <= hi)


@st.composite
def breath_steps(draw: st.DrawFn) -> dict[str, Any]:
    step: dict[str, Any] = {"kind": "breath", "title": draw(texts)}
    if draw(st.booleans()):
        step |= {"inhale_s": draw(seconds(1, 20)), "exhale_s": draw(seconds(1, 30))}
        if draw(st.booleans()):
            step["hold_in_s"] = draw(seconds(0.5, 8))
    else:
        step["rate_bpm"] = draw(seconds(2, 20))
        if draw(st.booleans()):
            step["ratio"] = draw(st.sampled_from(["1:1", "1:1.5", "1:2", "2:3"]))
    if draw(st.booleans()):
        step["duration_s"] = draw(seconds(10, 600))
    else:
        step["cycles"] = draw(st.integers(1, 60))
    return step


@st.composite
def pmr_steps(draw: st.DrawFn) -> dict[str, Any]:
    mode = draw(st.sampled_from(["tension-release", "release-only"]))
    text = {"focus": draw(texts) or "Notice this area.", "release_only": "Let it soften."}
    if mode == "tension-release":
        text |= {"tense": GENTLE_TENSE, "release": "And let go."}
    return {
        "kind": "pmr",
        "group": draw(st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True)),
        "title": draw(short_texts),
        "parts": draw(st.lists(st.sampled_from(sorted(PARTS)), min_size=1, max_size=3)),
        "mode": mode,
        "tension_s": draw(seconds(3, 10)),
        "release_s": draw(seconds(10, 60)),
        "text": text,
    }


@st.composite
def movement_steps(draw: st.DrawFn) -> dict[str, Any]:
    step: dict[str, Any] = {"kind": "movement", "exercise": draw(st.sampled_from(EXERCISES))}
    if draw(st.booleans()):
        step["reps"] = draw(st.integers(1, 3))
    if draw(st.booleans()):
        step["rest_s"] = draw(seconds(0, 60))
    return step


def narration_steps(clips: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    clip = st.sampled_from(clips) if clips else st.none()
    return st.builds(
        lambda text, c, pause: {**narration(text or "Rest.", c), "pause_after_s": pause},
        texts,
        st.one_of(st.none(), clip),
        seconds(0, 60),
    )


other_steps = st.one_of(
    st.builds(
        lambda d, c: {"kind": "silence", "duration_s": d, "caption": c}, seconds(1, 900), texts
    ),
    st.sampled_from(["before", "after", "during"]).map(lambda m: {"kind": "check-in", "moment": m}),
    texts.map(lambda p: {"kind": "journal", "prompt": p or "What do you notice?"}),
    st.builds(
        lambda title, part, dwell: {
            "kind": "scan",
            "title": title,
            "parts": [part],
            "text": "Bring your attention here.",
            "gentle": f"Visit this area {GENTLE_VISIT}.",
            "dwell_s": dwell,
        },
        short_texts,
        st.sampled_from(sorted(PARTS)),
        seconds(3, 120),
    ),
)

clip_names = st.builds(
    lambda stem, suffix: stem + suffix,
    st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,12}", fullmatch=True),
    st.sampled_from([".wav", ".flac", ".ogg", ".WAV"]),
)
clip_audio = st.fixed_dictionaries(
    {
        "rate": st.sampled_from([8_000, 16_000, 22_050, 44_100, 48_000]),
        "channels": st.integers(1, 2),
        "frames": st.integers(400, 4000),
        "seed": st.integers(0, 2**16),
    }
)


@st.composite
def routines(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """A valid routine document and the clips its narration steps play."""
    names = draw(st.lists(clip_names, max_size=3, unique_by=str.casefold))
    steps = draw(
        st.lists(
            st.one_of(
                breath_steps(), pmr_steps(), movement_steps(), narration_steps(names), other_steps
            ),
            min_size=1,
            max_size=12,
        )
    )
    for name in names:  # every clip is played at least once
        if not any(s.get("clip") == name for s in steps):
            steps.append(narration("Listen.", name))
    doc = routine_doc(
        steps,
        id=draw(st.from_regex(r"pkg-[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)),
        title=draw(short_texts),
        description=draw(texts),
        kind=draw(st.sampled_from(["breathing", "pmr", "movement", "body-scan", "mixed"])),
        tags=draw(st.lists(st.from_regex(r"[a-z]{1,10}", fullmatch=True), max_size=3)),
        safety={
            "contains_breath_holds": any(s.get("hold_in_s") for s in steps),
            "notes": draw(st.lists(texts, max_size=2)),
        },
    )
    return doc, {name: draw(clip_audio) for name in names}


# -- the round trip -----------------------------------------------------------------------------


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(made=routines(), beside=st.booleans())
def test_export_then_import_gives_the_same_routine_and_recordings(
    made: tuple[dict[str, Any], dict[str, dict[str, Any]]], beside: bool, tmp_path: Path
) -> None:
    doc, clips = made
    run = Path(os.fspath(tmp_path)) / f"run-{os.urandom(4).hex()}"
    with data_folder(run / "clinic") as clinic:
        source = clinic_routine(clinic, doc, clips, beside=beside)
        original = load_routine(source)
        exported = export_routine(doc["id"] if not beside else source, run / "for-anna.somatic")
    assert exported.recordings == tuple(sorted(clips))
    with data_folder(run / "patient") as patient:
        result = import_package(run / "for-anna.somatic")
        assert result.path == patient / "routines" / f"{doc['id']}.toml"
        assert result.path.read_bytes() == source.read_bytes()
        assert load_routine(result.path) == original
        for clip in clips:
            copied = recordings_dir(result.path) / clip
            assert copied.read_bytes() == (clip_folder(source) / clip).read_bytes()
        assert find_routine(doc["id"])[1] == result.path
        expected = {"routines", f"routines/{doc['id']}.toml"}
        if clips:
            assert clip_folder(result.path) == recordings_dir(result.path)
            expected |= {f"routines/{doc['id']}", f"routines/{doc['id']}/recordings"}
            expected |= {f"routines/{doc['id']}/recordings/{c}" for c in clips}
        assert set(tree(patient)) == expected  # nothing else: no unpacking folder left


# -- export -------------------------------------------------------------------------------------


@pytest.fixture
def clinic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "clinic"
    monkeypatch.setenv("SOMATIC_PLAYER_HOME", str(home))
    return home


def test_a_package_holds_the_manifest_routine_and_recordings(clinic: Path, tmp_path: Path) -> None:
    doc = routine_doc([narration(clip="hello.flac"), narration("Rest.", clip="bye.wav")])
    source = clinic_routine(clinic, doc, {"hello.flac": {}, "bye.wav": {"channels": 2}})
    out = tmp_path / "anna.somatic"
    when = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    result = export_routine("for-anna", out, now=when)
    assert result.routine_id == "for-anna" and result.recordings == ("bye.wav", "hello.flac")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    with zipfile.ZipFile(out) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        assert set(infos) == {
            "manifest.json",
            "routine.toml",
            "recordings/bye.wav",
            "recordings/hello.flac",
        }
        for info in infos.values():
            assert stat.S_ISREG(info.external_attr >> 16)
        assert infos["recordings/bye.wav"].compress_type == zipfile.ZIP_STORED
        manifest = json.loads(zf.read("manifest.json"))
        assert zf.read("routine.toml") == source.read_bytes()
    assert manifest["format"] == "somatic-routine-package"
    assert manifest["format_version"] == 1
    assert manifest["created"] == "2026-11-25T09:30:00Z"
    assert manifest["routine"] == {"id": "for-anna", "title": "For Anna"}
    assert {f["path"] for f in manifest["files"]} == set(infos) - {"manifest.json"}
    assert all(len(f["sha256"]) == 64 and f["size"] > 0 for f in manifest["files"])


def test_export_takes_a_routine_file_path_and_built_in_ids(clinic: Path, tmp_path: Path) -> None:
    path = write_routine(tmp_path / "mine.toml", routine_doc([narration()], id="mine"))
    assert export_routine(path, tmp_path / "a.somatic").routine_id == "mine"
    assert export_routine("easy-pace", tmp_path / "b.somatic").routine_id == "easy-pace"


@pytest.mark.parametrize(
    ("clips", "message"),
    [
        ({}, "recording 'hello.wav' is not a file"),
        ({"hello.wav": b"RIFF not really"}, "hello.wav is not valid audio"),
    ],
)
def test_export_refuses_a_missing_or_broken_recording_and_keeps_the_old_output(
    clinic: Path, tmp_path: Path, clips: dict[str, bytes], message: str
) -> None:
    source = clinic_routine(clinic, routine_doc([narration(clip="hello.wav")]), {})
    for name, data in clips.items():
        (recordings_dir(source)).mkdir(parents=True, exist_ok=True)
        (recordings_dir(source) / name).write_bytes(data)
    out = tmp_path / "anna.somatic"
    out.write_bytes(b"the previous package")
    with pytest.raises(ExportError, match=message):
        export_routine("for-anna", out)
    assert out.read_bytes() == b"the previous package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anna.somatic", "clinic"]


def test_export_refuses_bad_outputs_and_unknown_or_invalid_routines(
    clinic: Path, tmp_path: Path
) -> None:
    write_routine(clinic / "routines" / "for-anna.toml", routine_doc([narration()]))
    with pytest.raises(ExportError, match=r"must end in \.somatic"):
        export_routine("for-anna", tmp_path / "anna.zip")
    with pytest.raises(ExportError, match="does not exist"):
        export_routine("for-anna", tmp_path / "missing" / "anna.somatic")
    with pytest.raises(UnknownRoutine):
        export_routine("no-such-routine", tmp_path / "anna.somatic")
    bad = write_routine(tmp_path / "bad.toml", routine_doc([{"kind": "silence"}], id="bad"))
    with pytest.raises(RoutineError, match="duration_s is required"):
        export_routine(bad, tmp_path / "bad.somatic")
    assert not list(tmp_path.glob("*.somatic"))


def test_export_refuses_clip_names_that_differ_only_in_case(clinic: Path, tmp_path: Path) -> None:
    doc = routine_doc([narration(clip="Hello.wav"), narration(clip="hello.wav")])
    clinic_routine(clinic, doc, {"Hello.wav": {}, "hello.wav": {"seed": 1}})
    with pytest.raises(ExportError, match="differ only in case"):
        export_routine("for-anna", tmp_path / "anna.somatic")


# -- import into the library --------------------------------------------------------------------


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A package made on the clinic's machine: 'for-anna' with one recording."""
    out = tmp_path / "for-anna.somatic"
    with data_folder(tmp_path / "clinic") as clinic:
        doc = routine_doc([narration(clip="hello.ogg"), {"kind": "silence", "duration_s": 5}])
        clinic_routine(clinic, doc, {"hello.ogg": {"rate": 48_000}})
        export_routine("for-anna", out)
    return out


@pytest.fixture
def patient(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "patient"
    monkeypatch.setenv("SOMATIC_PLAYER_HOME", str(home))
    return home


def test_an_import_lands_in_the_library_private_to_the_user(package: Path, patient: Path) -> None:
    result = import_package(package)
    assert result.path == patient / "routines" / "for-anna.toml"
    assert result.recordings == (patient / "routines" / "for-anna" / "recordings" / "hello.ogg",)
    assert not result.replaced and result.renamed_from is None
    assert [e.id for e in load_library() if not e.builtin] == ["for-anna"]
    for path in (patient / "routines" / "for-anna", *result.recordings[0].parents[:2]):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    for path in (result.path, *result.recordings):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_existing_routine_is_replaced_only_when_asked(package: Path, patient: Path) -> None:
    mine = write_routine(patient / "routines" / "for-anna.toml", routine_doc([narration("Mine.")]))
    old_clip = write_clip(recordings_dir(mine) / "old.wav")
    before = tree(patient)
    with pytest.raises(RoutineExists) as refused:
        import_package(package)
    assert not refused.value.builtin and refused.value.existing == mine
    assert "already has a routine 'for-anna'" in refused.value.reason
    assert tree(patient) == before
    result = import_package(package, overwrite=True)
    assert result.replaced and load_routine(mine).steps[0].clip == "hello.ogg"  # type: ignore[union-attr]
    assert not old_clip.exists()
    assert sorted(os.listdir(patient)) == ["routines"]


def test_a_failed_move_puts_back_the_routine_it_was_replacing(
    package: Path, patient: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = write_routine(patient / "routines" / "for-anna.toml", routine_doc([narration("Mine.")]))
    write_clip(recordings_dir(mine) / "old.wav")
    before = tree(patient)
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == mine and Path(src).name == "routine.toml":
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(PackageError, match=r"could not be saved in your library \(No space"):
        import_package(package, overwrite=True)
    assert tree(patient) == before


def test_an_id_taken_under_another_file_name_is_found_and_replaced_there(
    package: Path, patient: Path
) -> None:
    mine = write_routine(patient / "routines" / "annas.toml", routine_doc([narration("Mine.")]))
    with open_package(package) as checked:
        conflict = checked.conflict()
        assert conflict is not None and conflict.existing == mine and not conflict.builtin
        result = checked.install(overwrite=True)
    assert result.path == mine and result.recordings[0].parent == recordings_dir(mine)
    assert sorted(p.name for p in (patient / "routines").iterdir()) == ["annas", "annas.toml"]


def test_a_built_in_id_needs_a_new_one(tmp_path: Path, patient: Path) -> None:
    with data_folder(tmp_path / "clinic"):
        export_routine("easy-pace", tmp_path / "easy.somatic")
    with pytest.raises(RoutineExists, match="already the id of a built-in routine") as refused:
        import_package(tmp_path / "easy.somatic", overwrite=True)
    assert refused.value.builtin
    assert sorted(os.listdir(patient)) == []
    result = import_package(tmp_path / "easy.somatic", as_id="my-easy-pace")
    assert result.renamed_from == "easy-pace" and load_routine(result.path).id == "my-easy-pace"
    original = (find_routine("easy-pace")[1]).read_text(encoding="utf-8").splitlines()
    renamed = result.path.read_text(encoding="utf-8").splitlines()
    assert [(a, b) for a, b in zip(original, renamed, strict=True) if a != b] == [
        ('id = "easy-pace"', 'id = "my-easy-pace"')
    ]


def test_a_checked_package_can_be_looked_at_then_dropped(package: Path, patient: Path) -> None:
    with open_package(package) as checked:
        assert checked.routine.id == "for-anna" and checked.recordings == ("hello.ogg",)
        assert checked.manifest.routine.title == "For Anna" and checked.size_bytes > 0
        assert checked.conflict() is None
        assert checked.conflict("easy-pace") is not None
    assert os.listdir(patient) == []
    with open_package(package) as checked:
        checked.install()
        with pytest.raises(RuntimeError, match="already installed"):
            checked.install()


def test_routine_ids_are_checked() -> None:
    assert check_routine_id("my-pace-2") == "my-pace-2"
    for bad in ("", "My-Pace", "-x", "a/b", "x" * 65, "../x"):
        with pytest.raises(ValueError, match="not a routine id"):
            check_routine_id(bad)
    with pytest.raises(ValueError, match="not a routine id"):
        import_package("whatever.somatic", as_id="../../etc")


def test_an_import_refusal_is_one_line_naming_the_file(tmp_path: Path, patient: Path) -> None:
    junk = tmp_path / "junk.somatic"
    junk.write_bytes(b"not a zip file at all")
    with pytest.raises(PackageRefused) as refused:
        import_package(junk)
    assert str(refused.value) == f"{junk}: is not a Somatic Player package (it is not a zip file)"
    assert refused.value.path == junk and "\n" not in str(refused.value)
