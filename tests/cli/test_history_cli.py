"""The history commands (demo-data, export, backup, restore) run as a user runs them."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from somatic_player.cli import build_parser
from somatic_player.cli_history import HistoryCommandError, date_range


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOMATIC_PLAYER_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-m", "somatic_player", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def fails(proc: subprocess.CompletedProcess[str], message: str) -> None:
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert lines[0].startswith("somatic-player: ")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user folder with 40 days of demo data (made once for the module)."""
    folder = tmp_path_factory.mktemp("cli-home")
    proc = run("demo-data", "--days", "40", home=folder)
    assert proc.returncode == 0, proc.stderr
    assert "added 40 days of demo data" in proc.stdout
    return folder


def test_demo_data_goes_into_the_somatic_player_home(home: Path) -> None:
    db = home / "history.sqlite3"
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] > 60
    assert conn.execute("SELECT value FROM app_state WHERE key = 'demo_data'").fetchone()
    conn.close()
    fails(run("demo-data", "--days", "5", home=home), "already holds demo data")
    fails(run("demo-data", "--days", "0", home=home), "--days must be from 1")


def test_export_csv_and_fhir_with_a_date_range(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    proc = run("export", "--format", "csv", "-o", str(out), "--include-journal", home=home)
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert f"({len(rows)} rows)" in proc.stdout
    assert {r["record_type"] for r in rows} >= {"checkin", "session", "peg3"}
    days = sorted({r["timestamp"][:10] for r in rows})
    first, last = date.fromisoformat(days[5]), date.fromisoformat(days[10])

    part = tmp_path / "part.csv"
    args = ["--from", first.isoformat(), "--to", last.isoformat()]
    assert run("export", "--format", "csv", "-o", str(part), *args, home=home).returncode == 0
    with part.open(encoding="utf-8", newline="") as f:
        part_days = {r["timestamp"][:10] for r in csv.DictReader(f)}
    assert min(part_days) == first.isoformat() and max(part_days) == last.isoformat()

    bundle_file = tmp_path / "part.json"
    proc = run("export", "--format", "fhir", "-o", str(bundle_file), *args, home=home)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(bundle_file.read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    stamps = {e["resource"]["effectiveDateTime"][:10] for e in data["entry"]}
    assert min(stamps) >= first.isoformat() and max(stamps) <= last.isoformat()
    assert f"{len(data['entry'])} observations" in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-13-01"], "--from: '2026-13-01' is not a date like 2026-11-25"),
        (["--to", "yesterday"], "--to: 'yesterday' is not a date"),
        (["--from", "2026-05-02", "--to", "2026-05-01"], "--to 2026-05-01 is before --from"),
    ],
)
def test_bad_dates_exit_1_with_one_line(
    home: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    fails(
        run("export", "--format", "csv", "-o", str(tmp_path / "x.csv"), *args, home=home), message
    )
    assert not (tmp_path / "x.csv").exists()


def test_unwritable_outputs_exit_1_with_one_line(home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "x.csv"
    fails(run("export", "--format", "csv", "-o", str(missing), home=home), "does not exist")
    fails(run("export", "--format", "fhir", "-o", str(tmp_path), home=home), "is a folder")
    fails(run("backup", "-o", str(missing), home=home), "does not exist")
    live = home / "history.sqlite3"
    fails(run("backup", "-o", str(live), home=home), "cannot replace the history database")


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run("demo-data", "--days", "10", home=home).returncode == 0
    backup = tmp_path / "backup.sqlite3"
    proc = run("backup", "-o", str(backup), home=home)
    assert proc.returncode == 0 and str(backup) in proc.stdout
    conn = sqlite3.connect(home / "history.sqlite3")
    conn.execute("DELETE FROM checkin_regions")
    conn.execute("DELETE FROM checkins")
    conn.commit()
    conn.close()
    proc = run("restore", str(backup), home=home)
    assert proc.returncode == 0, proc.stderr
    assert "restored your history" in proc.stdout and "before-restore-" in proc.stdout
    conn = sqlite3.connect(home / "history.sqlite3")
    assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] > 15
    conn.close()
    [aside] = home.glob("history.sqlite3.before-restore-*")
    conn = sqlite3.connect(aside)
    assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0
    conn.close()


def test_restore_refuses_missing_and_foreign_files(home: Path, tmp_path: Path) -> None:
    fails(run("restore", str(tmp_path / "missing.sqlite3"), home=home), "no such file")
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n")
    fails(run("restore", str(text), home=home), "not an SQLite database")


def test_the_pdf_branch_reports_a_missing_report_module(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the failure path: the report itself belongs to somatic_player.qt and its tests."""
    from somatic_player import cli

    monkeypatch.setitem(sys.modules, "somatic_player.qt.report_pdf", None)  # import fails
    monkeypatch.setenv("SOMATIC_PLAYER_HOME", str(home))
    code = cli.main(["export", "--format", "pdf", "-o", str(tmp_path / "r.pdf")])
    assert code == 1
    assert not (tmp_path / "r.pdf").exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "the PDF report is not available here" in err[0]


def test_export_pdf_works_without_a_display(home: Path, tmp_path: Path) -> None:
    """The report needs Qt's fonts, not a screen: the command makes an offscreen application."""
    pytest.importorskip("PySide6", reason="the PDF report is drawn by Qt")
    env = {**os.environ, "SOMATIC_PLAYER_HOME": str(home)}
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    out = tmp_path / "r.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "somatic_player", "export", "--format", "pdf", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"wrote {out} (PDF report)" in proc.stdout
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600
    missing = tmp_path / "no" / "such" / "r.pdf"
    fails(run("export", "--format", "pdf", "-o", str(missing), home=home), "does not exist")
    assert not missing.parent.exists()


def test_date_range_covers_whole_local_days() -> None:
    args = build_parser().parse_args(
        ["export", "--format", "csv", "-o", "x", "--from", "2026-03-01", "--to", "2026-03-31"]
    )
    since, until = date_range(args)
    assert since is not None and until is not None
    assert since.date() == date(2026, 3, 1) and (since.hour, since.minute) == (0, 0)
    assert until.date() == date(2026, 4, 1) and (until.hour, until.minute) == (0, 0)
    assert since.utcoffset() is not None
    args.date_from = "1 March"
    with pytest.raises(HistoryCommandError, match="not a date"):
        date_range(args)
