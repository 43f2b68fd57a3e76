"""The command-line contract of DESIGN.md, run as a user would run it (a subprocess)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from somatic_player.core.routine import tension_verbs_in
from somatic_player.resources import scripts_dir

RATE = 48_000


def run(*args: str, home: Path, check: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOMATIC_PLAYER_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-m", "somatic_player", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def plan_json(*args: str, home: Path) -> dict[str, Any]:
    proc = run("plan", *args, "--json", home=home, check=True)
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def test_list_json_has_the_contract_fields(tmp_path: Path) -> None:
    items = json.loads(run("list", "--json", home=tmp_path, check=True).stdout)
    ids = {i["id"] for i in items}
    assert {"easy-pace", "pmr-7", "seated-gentle-movement"} <= ids
    for item in items:
        assert {"id", "title", "kind", "duration_s"} <= set(item)
        assert item["duration_s"] > 60


def test_plan_easy_pace_inhales_on_a_480000_sample_grid(tmp_path: Path) -> None:
    data = plan_json("easy-pace", home=tmp_path)
    assert data["sample_rate"] == RATE
    inhales = [e for e in data["events"] if e["kind"] == "cue" and e["label"].startswith("inhale")]
    assert len(inhales) == 30  # 5 minutes at 6 breaths a minute
    samples = [e["sample"] for e in inhales]
    assert {b - a for a, b in itertools.pairwise(samples)} == {480_000}
    for e in data["events"]:
        assert {"t", "sample", "kind", "step", "label", "text"} <= set(e)
        assert e["t"] == pytest.approx(e["sample"] / RATE, abs=1e-6)
    assert [s["kind"] for s in data["steps"]] == ["narration", "narration", "breath", "narration"]
    spoken = [e for e in data["events"] if e["kind"] == "speech"]
    assert spoken and all(e["text"] for e in spoken)


def test_plan_minutes_sets_the_length(tmp_path: Path) -> None:
    data = plan_json("easy-pace", "--minutes", "10", home=tmp_path)
    assert abs(data["duration_s"] - 600) <= 10
    proc = run("plan", "pmr-7", "--minutes", "10", home=tmp_path)
    assert proc.returncode == 1 and "fixed length" in proc.stderr


def test_plan_pmr7_dominant_arm_release_only_when_it_hurts(tmp_path: Path) -> None:
    data = plan_json("pmr-7", "--pain", "111=6,113=6,115=6", home=tmp_path)
    pmr = [s for s in data["steps"] if s["kind"] == "pmr"]
    assert len(pmr) == 7
    arm = pmr[0]
    assert arm["title"] == "Dominant hand and arm" and arm["mode"] == "release-only"
    assert {111, 113, 115} <= set(arm["regions"])
    arm_text = [e["text"] for e in data["events"] if e["step"] == arm["index"]]
    assert not [t for t in arm_text if tension_verbs_in(t)]
    for other in pmr[1:]:
        assert other["mode"] == "tension-release"
        texts = [e["text"] for e in data["events"] if e["step"] == other["index"]]
        tense = [t for t in texts if tension_verbs_in(t) or "now" in t.lower()]
        assert any("never to the point of pain or cramp" in t for t in tense)


def test_plan_capacity_lying_has_only_lying_steps(tmp_path: Path) -> None:
    data = plan_json("seated-gentle-movement", "--capacity", "lying", home=tmp_path)
    positions = {
        s["position"] for s in data["steps"] if s["kind"] == "movement" and "position" in s
    }
    assert positions == {"lying"}


BROKEN = {
    "range": (
        "inhale_s = 4",
        "inhale_s = 0",
        ":12: steps[1].inhale_s must be between 1 and 20 seconds, got 0",
    ),
    "unknown": ("cycles = 3", "cycles = 3\nspeed = 2", ":15: steps[1].speed is not a known field"),
    "type": ("cycles = 3", 'cycles = "3"', ":14: steps[1].cycles must be a whole number"),
    "syntax": ("cycles = 3", "cycles = [", ":14: is not valid TOML"),
}
GOOD = (scripts_dir().parent / "tests" / "content").exists()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_validate_broken_files_exit_1_with_file_line(tmp_path: Path, name: str) -> None:
    from tests.content.test_validation import GOOD as text  # the same small valid routine

    old, new, expected = BROKEN[name]
    path = tmp_path / f"{name}.toml"
    path.write_text(text.replace(old, new))
    proc = run("validate", str(path), home=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.strip() == f"{path}{expected}" or proc.stdout.startswith(f"{path}{expected}")


def test_validate_junk_files(tmp_path: Path) -> None:
    files = {
        "binary.toml": bytes(range(256)),
        "latin1.toml": "title = 'caf\xe9'".encode("latin-1"),
        "huge.toml": b"x = " + b"9" * 10_000,
        "deep.toml": b"x = " + b"[" * 3000 + b"]" * 3000,
        "big.toml": b"# " + b"a" * (3 * 1024 * 1024),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    proc = run("validate", *sorted(str(tmp_path / n) for n in files), home=tmp_path)
    assert proc.returncode == 1
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == len(files)
    for line in lines:
        path, lineno, message = line.split(":", 2)
        assert Path(path).name in files and lineno.isdigit() and message.strip()


def test_validate_shipped_scripts_exit_0(tmp_path: Path) -> None:
    proc = run("validate", str(scripts_dir()), home=tmp_path)
    assert proc.returncode == 0 and proc.stdout == ""


@pytest.mark.parametrize(
    "args, expected",
    [
        (["plan", "no-such-routine"], "unknown routine 'no-such-routine'"),
        (["plan", "easy-pace", "--pain", "111=11"], "must be a whole number 0-10"),
        (["plan", "easy-pace", "--pain", "12=3"], "not a body-map region code"),
        (["plan", "easy-pace", "--capacity", "flying"], "invalid choice"),
        (["plan", "easy-pace", "--session-at", "yesterday"], "is not a date and time"),
        (["render", "easy-pace", "-o", "/no/such/dir/x.wav"], "does not exist"),
        (["render", "easy-pace", "-o", "x.mp4"], "must end in .wav"),
        (["frobnicate"], "invalid choice"),
        (["plan", "/no/such/file.toml"], "no routine file at"),
    ],
)
def test_user_mistakes_give_one_clear_line(tmp_path: Path, args: list[str], expected: str) -> None:
    proc = run(*args, home=tmp_path)
    assert proc.returncode != 0
    assert expected in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_shipped_json_schema_is_current(tmp_path: Path) -> None:
    proc = run("schema", home=tmp_path, check=True)
    shipped = (scripts_dir() / "routine.schema.json").read_text(encoding="utf-8")
    assert json.loads(proc.stdout) == json.loads(shipped), (
        "run: somatic-player schema -o scripts/routine.schema.json"
    )
    schema = json.loads(shipped)
    assert schema["properties"]["steps"]["items"]["discriminator"]["propertyName"] == "kind"


def test_play_runs_for_the_given_seconds_and_reports_captions(tmp_path: Path) -> None:
    proc = run("play", "easy-pace", "--for", "1.5", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "playing Easy pace breathing through" in proc.stderr
    assert "[00:01 / " in proc.stderr and "Welcome." in proc.stderr


def test_play_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    import select
    import signal
    import time

    env = {**os.environ, "SOMATIC_PLAYER_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "somatic_player", "play", "easy-pace"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # Python only turns SIGINT into KeyboardInterrupt when SIGINT is not ignored, and a
        # shell's background job (how a suite may be started) ignores it: play as from a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 60
    started = False
    while not started and time.monotonic() < deadline:  # wait until playback has started
        ready, _, _ = select.select([proc.stderr], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = proc.stderr.readline()
        if not line:
            break  # the process ended early; the assertions below say how
        started = line.startswith("playing")
    if not started:
        proc.kill()
    assert started, "play never reported that it started"
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "stopped at" in err and "Traceback" not in err


# -- the content library of issue 5 ---------------------------------------------------------------

LIBRARY = {
    "easy-pace": "breathing",
    "preferred-pace": "breathing",
    "gentle-ramp": "breathing",
    "cyclic-sighing": "breathing",
    "sigh-reset": "breathing",
    "box-breathing": "breathing",
    "breathing-478": "breathing",
    "pmr-16": "pmr",
    "pmr-7": "pmr",
    "pmr-4": "pmr",
    "body-scan-3": "body-scan",
    "body-scan-10": "body-scan",
    "body-scan-20": "body-scan",
    "body-scan-45": "body-scan",
}


def test_list_json_shows_the_practice_library(tmp_path: Path) -> None:
    items = {
        i["id"]: i for i in json.loads(run("list", "--json", home=tmp_path, check=True).stdout)
    }
    for routine_id, kind in LIBRARY.items():
        assert items[routine_id]["kind"] == kind, routine_id
    for minutes in (3, 10, 20, 45):
        assert items[f"body-scan-{minutes}"]["duration_s"] == pytest.approx(minutes * 60, abs=1)
    assert items["easy-pace"]["session_minutes"] == [1, 3, 5, 10, 15, 20]
    assert items["cyclic-sighing"]["session_minutes"] == [1, 3, 5]
    assert "session_minutes" not in items["pmr-7"]
    assert items["box-breathing"]["breath_holds"] is True
    assert "breath_holds" not in items["easy-pace"]


def test_plan_leaves_breath_holds_out_until_the_screen_is_answered(tmp_path: Path) -> None:
    data = plan_json("box-breathing", home=tmp_path)
    assert not [e for e in data["events"] if e["kind"] == "cue" and e["label"].startswith("hold")]
    assert any("breath-holds-need-screen" in n for n in data["notes"])


def test_plan_keeps_a_body_scan_to_ten_minutes_on_the_day_of_a_session(tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    session = (datetime.now() - timedelta(hours=2)).isoformat(timespec="minutes")
    data = plan_json("body-scan-45", "--session-at", session, home=tmp_path)
    assert data["duration_s"] <= 601
    assert any("kept to 10 minutes" in n for n in data["notes"])
    assert plan_json("body-scan-45", home=tmp_path)["duration_s"] == pytest.approx(2700, abs=1)


def test_plan_pmr16_orders_the_dominant_side_first(tmp_path: Path) -> None:
    for hand, other in (("right", "left"), ("left", "right")):
        data = plan_json("pmr-16", "--handedness", hand, home=tmp_path)
        focus = [e["text"] for e in data["events"] if e["label"] == "focus"]
        assert focus[0] == f"Your {hand} hand and forearm."
        assert focus[2] == f"Your {other} hand and forearm."
