"""The routine package commands of the command line: export-routine and import.

``cli`` adds their options (``add_routine_parsers``) and runs them (``ROUTINE_COMMANDS``); a
refused package or an export that cannot be written is raised as a PackageError, which ``cli``
turns into ``somatic-player: FILE: reason`` on stderr and exit status 1. The package code is
imported only by the command that needs it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

P = TypeVar("P", bound=argparse.ArgumentParser)


def _routine_id(text: str) -> str:
    from somatic_player.content.package import check_routine_id

    try:
        return check_routine_id(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_routine_parsers(sub: argparse._SubParsersAction[P]) -> None:
    """The package commands' parsers, in the order ``--help`` lists them."""
    p = sub.add_parser(
        "export-routine", help="pack a routine and its recordings into a .somatic file to share"
    )
    p.add_argument("routine", metavar="ROUTINE", help="a routine id or a .toml file")
    p.add_argument("-o", "--output", required=True, metavar="FILE.somatic")

    p = sub.add_parser(
        "import", help="check a .somatic routine package and add it to your routines"
    )
    p.add_argument("file", metavar="FILE.somatic")
    p.add_argument(
        "--overwrite", action="store_true", help="replace your routine with the same id, if any"
    )
    p.add_argument(
        "--as",
        dest="as_id",
        type=_routine_id,
        metavar="ID",
        help="import under this id (e.g. when a built-in routine has the package's id)",
    )


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KiB"


def _recordings(n: int) -> str:
    return "no recordings" if n == 0 else f"{n} recording{'s' if n > 1 else ''}"


def cmd_export_routine(args: argparse.Namespace) -> int:
    from somatic_player.content.package import export_routine

    result = export_routine(args.routine, Path(args.output))
    print(
        f"wrote {result.path} ('{result.title}' as routine {result.routine_id}, "
        f"{_recordings(len(result.recordings))}, {_size(result.size_bytes)})"
    )
    return 0


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def _ask(question: str) -> bool:
    """A yes/no question on the terminal; anything but yes (or end of input) is no."""
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def cmd_import(args: argparse.Namespace) -> int:
    from somatic_player.content.package import RoutineExists, open_package

    interactive = _interactive()
    with open_package(Path(args.file)) as package:
        conflict = package.conflict(args.as_id)
        overwrite = args.overwrite
        if conflict is not None and not conflict.builtin and not overwrite and interactive:
            overwrite = _ask(f"Replace your routine '{conflict.routine_id}' ({conflict.existing})?")
        try:
            result = package.install(overwrite=overwrite, as_id=args.as_id)
        except RoutineExists as exc:
            hint = (
                "import it under another id with --as NEW_ID"
                if exc.builtin
                else "use --overwrite to replace it, or --as NEW_ID to keep both"
            )
            raise type(exc)(
                exc.path,
                f"{exc.reason}; {hint}",
                routine_id=exc.routine_id,
                existing=exc.existing,
                builtin=exc.builtin,
            ) from None
    renamed = f" (renamed from {result.renamed_from})" if result.renamed_from else ""
    action = "replaced" if result.replaced else "added"
    print(
        f"{action} '{result.title}' as routine {result.routine_id}{renamed} in {result.path} "
        f"({_recordings(len(result.recordings))})"
    )
    return 0


ROUTINE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export-routine": cmd_export_routine,
    "import": cmd_import,
}
