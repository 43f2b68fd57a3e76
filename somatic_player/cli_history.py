"""The history commands of the command line: export (CSV, FHIR R4 JSON or the PDF report),
demo-data, backup and restore.

``cli`` adds their options (``add_history_parsers``) and runs them (``HISTORY_COMMANDS``); a
command's argument, store and export problems are raised (HistoryCommandError, StoreError,
ExportError) and ``cli`` turns them into one line on stderr and exit status 1. The history
store, the exports and Qt (for the PDF) are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar

P = TypeVar("P", bound=argparse.ArgumentParser)


def add_history_parsers(sub: argparse._SubParsersAction[P]) -> None:
    """The history commands' parsers, in the order ``--help`` lists them."""
    p = sub.add_parser("export", help="export your history (CSV, FHIR R4 JSON or a PDF report)")
    p.add_argument("--format", required=True, choices=("csv", "fhir", "pdf"))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day, e.g. 2026-01-01")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day (included)")
    p.add_argument(
        "--include-journal", action="store_true", help="add journal entries (CSV and PDF)"
    )

    p = sub.add_parser("demo-data", help="fill an empty history with made-up demo data")
    p.add_argument("--days", type=int, default=90, metavar="N", help="days of history (90)")
    p.add_argument("--force", action="store_true", help="add it even if the history has records")

    p = sub.add_parser("backup", help="write a copy of your history to a file")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = sub.add_parser("restore", help="replace your history with a backup (the old one is kept)")
    p.add_argument("file", metavar="FILE")


class HistoryCommandError(Exception):
    """A history command cannot go on: one line for stderr, exit status 1."""


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise HistoryCommandError(f"{option}: {text!r} is not a date like 2026-11-25") from None


def _local_midnight(day: date) -> datetime:
    """The start of ``day`` in the computer's time zone (with its daylight-saving rules)."""
    return datetime.combine(day, time()).astimezone()


def date_range(args: argparse.Namespace) -> tuple[datetime | None, datetime | None]:
    """``--from``/``--to`` as [since, until): local midnight of the first day and of the day
    after the last, so ``--to`` includes the whole of its day."""
    first = parse_day(args.date_from, "--from") if args.date_from else None
    last = parse_day(args.date_to, "--to") if args.date_to else None
    if first is not None and last is not None and last < first:
        raise HistoryCommandError(f"--to {last} is before --from {first}")
    since = _local_midnight(first) if first is not None else None
    until = _local_midnight(last + timedelta(days=1)) if last is not None else None
    return since, until


def _writable_output(text: str) -> Path:
    out = Path(text)
    if out.is_dir():
        raise HistoryCommandError(f"-o: {out} is a folder; give a file name")
    if not out.parent.is_dir():
        raise HistoryCommandError(f"-o: folder {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK):
        raise HistoryCommandError(f"-o: cannot write in folder {out.parent} (permission denied)")
    return out


def _progress_printer(what: str) -> Callable[[int, int], None]:
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r{what} {100 * done // max(total, 1):3d}%", end="", file=sys.stderr)
            if done >= total:
                print(file=sys.stderr)

    return progress


def cmd_export(args: argparse.Namespace) -> int:
    from somatic_player.history.store import Store

    since, until = date_range(args)
    out = _writable_output(args.output)
    with Store.open() as store:
        progress = _progress_printer("exporting")
        if args.format == "csv":
            from somatic_player.history.exports import export_csv

            rows = export_csv(
                store,
                out,
                since=since,
                until=until,
                include_journal=args.include_journal,
                progress=progress,
            )
            print(f"wrote {out} ({rows} rows)")
        elif args.format == "fhir":
            from somatic_player.history.exports import export_fhir

            if args.include_journal:
                print(
                    "note: the FHIR export holds pain ratings only; journal entries stay out",
                    file=sys.stderr,
                )
            count = export_fhir(store, out, since=since, until=until, progress=progress)
            print(f"wrote {out} (FHIR R4 Bundle, {count} observations)")
        else:
            try:
                from somatic_player.qt.report_pdf import write_report
            except ImportError as exc:
                raise HistoryCommandError(
                    f"the PDF report is not available here ({exc}); export csv or fhir instead"
                ) from exc
            write_report(
                store,
                out,
                since=since,
                until=until,
                include_journal=args.include_journal,
                progress=progress,
            )
            print(f"wrote {out} (PDF report)")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from somatic_player.history.demo import MAX_DAYS, fill_demo
    from somatic_player.history.store import Store

    if not 1 <= args.days <= MAX_DAYS:
        raise HistoryCommandError(f"--days must be from 1 to {MAX_DAYS}, got {args.days}")
    with Store.open() as store:
        counts = fill_demo(store, days=args.days, force=args.force)
        print(
            f"added {args.days} days of demo data to {store.path}: {counts['sessions']} sessions, "
            f"{counts['checkins']} check-ins, {counts['checkin_regions']} region ratings"
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from somatic_player.history.store import Store

    out = _writable_output(args.output)
    with Store.open() as store:
        store.backup_to(out)
    print(f"wrote a backup of your history to {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from somatic_player.history.backup import restore_database
    from somatic_player.history.store import Store, default_path

    source = Path(args.file)
    if not source.exists():
        raise HistoryCommandError(f"{source}: no such file")
    target = default_path()
    aside = restore_database(source, target, now=datetime.now(UTC))
    with Store.open(target) as store:
        sessions, checkins = len(store.sessions()), len(store.checkins())
    print(f"restored your history from {source} ({sessions} sessions, {checkins} check-ins)")
    if aside is not None:
        print(f"the history it replaced is kept as {aside}")
    return 0


HISTORY_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export,
    "demo-data": cmd_demo_data,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
