"""The ``somatic-player`` entry point: opens the app at once, or hands over to the command line.

Opening the app must not pay for building the whole command line (argparse, the routine model),
so a bare launch goes straight to the GUI; anything else is the command line's.
"""

from __future__ import annotations

import sys


def main() -> int:
    args = sys.argv[1:]
    if all(arg == "--exit-after-startup" for arg in args):
        from somatic_player.app import run_gui

        return run_gui(list(sys.argv), exit_after_startup=bool(args))
    from somatic_player.cli import main as cli_main

    return cli_main(args)
