"""Exports of the history: a tidy CSV and a FHIR R4 Bundle, written atomically, mode 0600.

Nothing leaves the machine unless the person exports it, and then only to the file they chose.
Every export is written to a temporary file in the target folder, fsynced and renamed over the
target, so a crash never leaves half a file under the chosen name. ``docs/EXPORTS.md`` documents
every CSV column and the FHIR mapping; the Bundle itself is built in ``fhir.py``.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO, Any

from somatic_player.core.bodymap import region
from somatic_player.history.fhir import (
    CHOIR_SYSTEM,
    PAIN_SEVERITY,
    SNOMED,
    body_site,
    fhir_bundle,
)
from somatic_player.history.records import CheckIn, SessionRecord
from somatic_player.history.store import Store

__all__ = [
    "CHOIR_SYSTEM",
    "CSV_COLUMNS",
    "PAIN_SEVERITY",
    "SNOMED",
    "ExportError",
    "atomic_text_file",
    "body_site",
    "csv_rows",
    "export_csv",
    "export_fhir",
    "fhir_bundle",
    "write_bytes_atomically",
]

Progress = Callable[[int, int], None]

CSV_COLUMNS = (
    "timestamp",
    "record_type",
    "record_id",
    "session_id",
    "moment",
    "item",
    "value",
    "unit",
    "region_code",
    "region_name",
    "side",
    "view",
    "qualities",
    "worst",
    "routine_id",
    "routine_title",
    "kind",
    "outcome",
    "prompt",
    "text",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PROGRESS_EVERY = 500


class ExportError(Exception):
    """An export could not be written (the message names the file and the reason)."""


# -- atomic files -------------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_text_file(path: Path) -> Iterator[IO[str]]:
    """A UTF-8 text file that appears at ``path`` (mode 0600) only when the block succeeds.

    Written to a temporary file in the same folder, flushed, fsynced, then renamed over ``path``;
    on any error the temporary file is removed and ``path`` is left as it was.
    """
    with _atomic_file(path, binary=False) as f:
        yield f


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """``data`` appears at ``path`` (mode 0600) whole or not at all, as ``atomic_text_file``."""
    with _atomic_file(path, binary=True) as f:
        f.write(data)


@contextlib.contextmanager
def _atomic_file(path: Path, *, binary: bool) -> Iterator[IO[Any]]:
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist")
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with opened as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- CSV ----------------------------------------------------------------------------------------


def export_csv(
    store: Store,
    path: Path,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    include_journal: bool = False,
    progress: Progress | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Write the tidy CSV (one row per measurement, ``CSV_COLUMNS``); returns the data rows."""
    rows = csv_rows(
        store, since=since, until=until, include_journal=include_journal, progress=progress, tz=tz
    )
    with atomic_text_file(path) as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
    return len(rows)


def csv_rows(
    store: Store,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    include_journal: bool = False,
    progress: Progress | None = None,
    tz: tzinfo | None = None,
) -> list[list[str]]:
    """The CSV data rows in time order (see ``CSV_COLUMNS`` and docs/EXPORTS.md)."""
    checkins = store.checkins(since=since, until=until)
    sessions_in_range = store.sessions(since=since, until=until)
    sessions = {s.id: s for s in store.sessions()}
    peg3 = store.peg3_entries(since=since, until=until)
    ketamine = store.ketamine_sessions(since=since, until=until)
    journal = store.journal_entries(since=since, until=until) if include_journal else []
    total = len(checkins) + len(sessions_in_range) + len(peg3) + len(ketamine) + len(journal)
    done = 0
    keyed: list[tuple[datetime, int, list[str]]] = []

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)

    def add(when: datetime, fields: dict[str, object]) -> None:
        row = [_cell(name, fields.get(name)) for name in CSV_COLUMNS]
        row[0] = when.astimezone(tz).isoformat(timespec="seconds")
        keyed.append((when, len(keyed), row))

    for c in checkins:
        _checkin_rows(c, sessions.get(c.session_id) if c.session_id else None, add)
        tick()
    for s in sessions_in_range:
        minutes = s.minutes
        add(
            s.started_at,
            {
                "record_type": "session",
                "record_id": s.id,
                "session_id": s.id,
                "item": "practice_minutes",
                "value": f"{minutes:.1f}" if minutes is not None else "",
                "unit": "min",
                "outcome": s.outcome or "running",
                "text": s.stop_reason or "",
                **_routine(s),
            },
        )
        tick()
    for p in peg3:
        base = {"record_type": "peg3", "record_id": p.id, "unit": "0-10"}
        for item, value in (
            ("peg_pain", p.pain),
            ("peg_enjoyment", p.enjoyment),
            ("peg_activity", p.activity),
            ("peg3_score", f"{p.score:.1f}"),
        ):
            add(p.taken_at, {**base, "item": item, "value": value})
        tick()
    for k in ketamine:
        add(
            k.at,
            {
                "record_type": "ketamine_session",
                "record_id": k.id,
                "item": "ketamine_session",
                "text": k.note,
            },
        )
        tick()
    for j in journal:
        session = sessions.get(j.session_id) if j.session_id else None
        add(
            j.written_at,
            {
                "record_type": "journal",
                "record_id": j.id,
                "session_id": j.session_id,
                "item": "journal_entry",
                "prompt": j.prompt,
                "text": j.text,
                **(_routine(session) if session else {}),
            },
        )
        tick()
    if progress is not None:
        progress(total, total)
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [row for _when, _n, row in keyed]


def _checkin_rows(
    c: CheckIn,
    session: SessionRecord | None,
    add: Callable[[datetime, dict[str, object]], None],
) -> None:
    base: dict[str, object] = {
        "record_type": "checkin",
        "record_id": c.id,
        "session_id": c.session_id,
        "moment": c.moment,
        **(_routine(session) if session else {}),
    }
    if c.skipped:
        add(c.taken_at, {**base, "item": "skipped", "value": 1})
        return
    if c.pain_now is not None:
        add(c.taken_at, {**base, "item": "pain_now", "value": c.pain_now, "unit": "0-10"})
    if c.tension is not None:
        add(c.taken_at, {**base, "item": "tension", "value": c.tension, "unit": "0-10"})
    if c.body is not None and c.body.no_pain:
        add(c.taken_at, {**base, "item": "body_map_no_pain", "value": 1})
    if c.body is not None:
        for code in sorted(c.body.regions):
            rating = c.body.regions[code]
            r = region(code)
            add(
                c.taken_at,
                {
                    **base,
                    "item": "region_pain",
                    "value": rating.rating,
                    "unit": "0-10",
                    "region_code": code,
                    "region_name": r.name,
                    "side": "right" if r.side == "R" else "left",
                    "view": r.view,
                    "qualities": ";".join(sorted(rating.qualities)),
                    "worst": int(rating.worst),
                },
            )


def _routine(session: SessionRecord) -> dict[str, object]:
    return {
        "routine_id": session.routine_id,
        "routine_title": session.title,
        "kind": session.kind,
    }


def _cell(name: str, value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    # A spreadsheet would run a cell starting with = + - @ as a formula: prefix free text.
    if name in ("routine_title", "prompt", "text") and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


# -- FHIR ---------------------------------------------------------------------------------------


def export_fhir(
    store: Store,
    path: Path,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    progress: Progress | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Write the FHIR R4 Bundle as JSON; returns the number of Observations."""
    bundle = fhir_bundle(store, since=since, until=until, progress=progress, tz=tz)
    with atomic_text_file(path) as f:
        json.dump(bundle, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(bundle.get("entry", []))
