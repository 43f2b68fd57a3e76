"""The command line: list, validate, plan, render, play, schema, the routine package commands
export-routine and import (in ``cli_routines``) and the history commands export, demo-data, backup
and restore (in ``cli_history``); no command launches the GUI.

User mistakes end in one clear line and a non-zero exit, never a traceback. Heavy modules
(numpy, audio engines, Qt) are imported only by the commands that need them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from somatic_player import __version__
from somatic_player.cli_history import HISTORY_COMMANDS, HistoryCommandError, add_history_parsers
from somatic_player.cli_routines import ROUTINE_COMMANDS, add_routine_parsers

if TYPE_CHECKING:
    from somatic_player.audio.speech import SpeechLibrary
    from somatic_player.core.plan import Plan
    from somatic_player.core.profile import Profile
    from somatic_player.core.routine import Routine

PROG = "somatic-player"


class UsageError(Exception):
    """A mistake in how the command was called."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_profile_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("adapting to the person")
    g.add_argument(
        "--pain",
        metavar="CODE=NRS,...",
        default="",
        help="pain ratings 0-10 by CHOIR body-map code, e.g. 111=6,113=6",
    )
    g.add_argument(
        "--capacity",
        choices=("lying", "seated", "standing"),
        default="standing",
        help="the most demanding position today (default: standing)",
    )
    g.add_argument("--handedness", choices=("right", "left"), default="right")
    g.add_argument(
        "--dont-tense", metavar="CODE,...", default="", help="body-map regions never to tense"
    )
    g.add_argument("--flare", action="store_true", help="today is a flare day")
    g.add_argument("--back-problem", action="store_true")
    g.add_argument("--neck-problem", action="store_true")
    g.add_argument(
        "--session-at",
        metavar="ISO-TIME",
        help="time of the last ketamine-assisted session, e.g. 2026-11-24T15:00",
    )
    g.add_argument("--minutes", type=float, help="session length for flexible routines")


def _add_language_option(p: argparse.ArgumentParser) -> None:
    from somatic_player.i18n import LANGUAGES

    p.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        default="en",
        help="the language of the built-in routines' words and voice, where translated "
        "(default: en)",
    )


def _add_audio_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--voice", default="", help="speech voice (engine-specific, e.g. en-us, es, de)")
    p.add_argument("--no-speech", action="store_true", help="captions and tones only")
    p.add_argument("--cue-style", choices=("tones", "spoken", "bell", "silent"), default="tones")
    p.add_argument("--guide-tone", action="store_true", help="add the breath-guide tone")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Guided somatic practice: paced breathing, adapted "
        "muscle relaxation and gentle movement. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the main window and exit after it is first drawn",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("list", help="built-in and user routines")
    p.add_argument("--json", action="store_true")
    _add_language_option(p)

    p = sub.add_parser("validate", help="check routine files; exit 1 with PATH:LINE: messages")
    p.add_argument("paths", nargs="+", metavar="PATH")

    p = sub.add_parser("plan", help="show the compiled timeline of a routine")
    p.add_argument("routine", metavar="ROUTINE", help="a routine id or a .toml file")
    p.add_argument("--json", action="store_true")
    _add_profile_options(p)
    _add_language_option(p)
    p.add_argument("--voice", default="")
    p.add_argument("--no-speech", action="store_true")

    p = sub.add_parser("render", help="render a session to an audio file (.wav .flac .ogg)")
    p.add_argument("routine", metavar="ROUTINE")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--only", choices=("cues", "voice", "ambient"))
    p.add_argument("--rate", type=int, default=48000, choices=(48000,), help="sample rate (48000)")
    p.add_argument("--channels", type=int, default=1, choices=(1, 2))
    _add_profile_options(p)
    _add_language_option(p)
    _add_audio_options(p)

    p = sub.add_parser("play", help="play a session through the default audio output")
    p.add_argument("routine", metavar="ROUTINE")
    p.add_argument(
        "--for", dest="for_s", type=float, metavar="SECONDS", help="stop after this many seconds"
    )
    _add_profile_options(p)
    _add_language_option(p)
    _add_audio_options(p)

    p = sub.add_parser("schema", help="print the JSON Schema of routine files")
    p.add_argument("-o", "--output", metavar="FILE")

    add_routine_parsers(sub)
    add_history_parsers(sub)
    return parser


def _codes(text: str, option: str) -> list[int]:
    from somatic_player.core.bodymap import is_region

    out = []
    for part in filter(None, (x.strip() for x in text.split(","))):
        if not part.isdigit() or not is_region(int(part)):
            raise UsageError(
                f"{option}: {part!r} is not a body-map region code (front 101-136, back 201-238)"
            )
        out.append(int(part))
    return out


def parse_pain(text: str) -> dict[int, int]:
    """``"111=6,113=6"`` -> ``{111: 6, 113: 6}``, with a clear UsageError for bad input."""
    pain: dict[int, int] = {}
    for item in filter(None, (x.strip() for x in text.split(","))):
        code, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"--pain: {item!r} should look like CODE=RATING, e.g. 111=6")
        [region] = _codes(code, "--pain")
        if not value.strip().isdigit() or not 0 <= int(value) <= 10:
            raise UsageError(
                f"--pain: rating for {region} must be a whole number 0-10, got {value!r}"
            )
        pain[region] = int(value)
    return pain


def profile_from(args: argparse.Namespace) -> Profile:
    from somatic_player.core.profile import Profile

    session = None
    if args.session_at:
        try:
            session = datetime.fromisoformat(args.session_at)
        except ValueError:
            raise UsageError(
                f"--session-at: {args.session_at!r} is not a date and time like 2026-11-24T15:00"
            ) from None
    now = datetime.now(session.tzinfo) if session else None
    return Profile.with_pain(
        parse_pain(args.pain),
        capacity=args.capacity,
        handedness=args.handedness,
        dont_tense=frozenset(_codes(args.dont_tense, "--dont-tense")),
        flare_day=args.flare,
        back_problem=args.back_problem,
        neck_problem=args.neck_problem,
        last_ketamine_session=session,
        now=now,
    )


def _speech(routine_path: Path, args: argparse.Namespace, language: str = "en") -> SpeechLibrary:
    """Speech for a routine in ``language`` (its own): ``--voice`` is a voice for it."""
    from somatic_player import resources
    from somatic_player.audio.speech import SpeechLibrary, best_engine, no_speech_message
    from somatic_player.content.package_format import clip_folder

    wanted = not getattr(args, "no_speech", False)
    engine = best_engine(language) if wanted else None
    message = no_speech_message(engine) if wanted else None
    if message:
        print(message, file=sys.stderr)
    return SpeechLibrary(
        engine,
        args.voice,
        cache=resources.cache_dir() / "speech",
        clip_dir=clip_folder(routine_path),
        language=language,
    )


def _compile(args: argparse.Namespace) -> tuple[Routine, Path, Plan, SpeechLibrary]:
    from somatic_player.content.library import default_rules, find_routine
    from somatic_player.core.compiler import compile_routine
    from somatic_player.core.language_rules import base_language

    language = getattr(args, "language", "en")
    routine, path = find_routine(args.routine, language)
    profile = profile_from(args)
    speech = _speech(path, args, base_language(routine.language))
    if args.minutes is not None and not 1 <= args.minutes <= 480:
        raise UsageError("--minutes must be between 1 and 480")
    plan = compile_routine(
        routine,
        profile,
        rules=default_rules(language),
        speech_length=speech.length_s,
        minutes=args.minutes,
    )
    return routine, path, plan, speech


def _clock(seconds: float) -> str:
    s = int(seconds)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
        if s >= 3600
        else f"{s // 60:02d}:{s % 60:02d}"
    )


def cmd_list(args: argparse.Namespace) -> int:
    from somatic_player.content.library import load_library

    entries = load_library(args.language)
    if args.json:
        print(json.dumps([e.to_json() for e in entries if e.error is None], indent=2))
    else:
        width = max((len(e.id) for e in entries), default=10)
        for e in entries:
            if e.error is None:
                where = "built-in" if e.builtin else "yours"
                print(
                    f"{e.id:<{width}}  {e.kind:<10} {_clock(e.duration_s):>7}  {e.title} ({where})"
                )
    for e in entries:
        if e.error is not None:
            print(f"skipped invalid routine: {e.error}", file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from somatic_player.content.loader import validate_paths

    problems = validate_paths([Path(p) for p in args.paths])
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def cmd_plan(args: argparse.Namespace) -> int:
    _routine, _path, plan, _speech = _compile(args)
    if args.json:
        print(json.dumps(plan.to_json(), indent=1, ensure_ascii=False))
        return 0
    print(
        f"{plan.title} ({plan.routine_id}): {_clock(plan.duration_s)}, "
        f"{len(plan.events)} events at {plan.sample_rate} Hz"
    )
    for step in plan.steps:
        extra = ", ".join(x for x in (step.mode, step.position) if x)
        extra += (" [adapted: " + ", ".join(step.adapted_by) + "]") if step.adapted_by else ""
        state = "  (left out)" if step.skipped else ""
        print(
            f"  {_clock(step.start / plan.sample_rate)}  {step.index:>2} {step.kind:<9} "
            f"{step.title}{' - ' + extra if extra else ''}{state}"
        )
    for note in plan.notes:
        print(f"note: {note}")
    return 0


def _levels(args: argparse.Namespace) -> Any:
    from somatic_player.audio.mixer import Levels

    return Levels(ambient=0.25) if getattr(args, "guide_tone", False) else Levels()


def _speech_keys(plan: Plan, args: argparse.Namespace) -> list[str]:
    from somatic_player.audio.mixer import spoken_cue_keys
    from somatic_player.core.plan import speech_key

    keys = {speech_key(e) for e in plan.events if e.kind == "speech"}
    if getattr(args, "cue_style", "") == "spoken":
        keys |= set(spoken_cue_keys(plan.language).values())
    return sorted(keys)


def cmd_render(args: argparse.Namespace) -> int:
    from somatic_player.audio.render import render_to_file

    out = Path(args.output)
    if out.suffix.lower() not in (".wav", ".flac", ".ogg", ".mp3"):
        raise UsageError(f"-o: {out.name} must end in .wav, .flac, .ogg or .mp3")
    if not out.parent.exists():
        raise UsageError(f"-o: folder {out.parent} does not exist")
    _routine, _path, plan, speech = _compile(args)
    clips = speech.prepare(_speech_keys(plan, args))
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\rrendering {100 * done // max(total, 1):3d}%", end="", file=sys.stderr)

    render_to_file(
        plan,
        clips,
        out,
        levels=_levels(args),
        cue_style=args.cue_style,
        only=args.only,
        channels=args.channels,
        progress=progress,
    )
    if tty:
        print(file=sys.stderr)
    print(f"wrote {out} ({_clock(plan.duration_s)}, {plan.sample_rate} Hz)")
    return 0


def cmd_play(args: argparse.Namespace) -> int:
    import time

    from somatic_player.audio.engines import open_engine
    from somatic_player.audio.mixer import Mixer

    _routine, _path, plan, speech = _compile(args)
    clips = speech.prepare(_speech_keys(plan, args))
    mixer = Mixer(plan, clips, levels=_levels(args), cue_style=args.cue_style, max_block=4096)
    engine, failures = open_engine(mixer)
    for reason in failures:
        print(f"note: {reason}", file=sys.stderr)
    limit = (
        plan.total_samples
        if args.for_s is None
        else min(plan.total_samples, round(args.for_s * plan.sample_rate))
    )
    captions = [e for e in plan.events if e.text and e.kind in ("cue", "speech", "caption")]
    shown = 0
    tty = sys.stderr.isatty()
    try:  # from here on Ctrl-C fades out and says where it stopped
        print(
            f"playing {plan.title} through {engine.name} ({_clock(plan.duration_s)}); Ctrl-C stops",
            file=sys.stderr,
            flush=True,
        )
        engine.start()
        while (pos := engine.position_samples()) < limit:
            before = shown
            while shown < len(captions) and captions[shown].sample <= pos:
                shown += 1
            caption = captions[shown - 1].text if shown else ""
            line = f"[{_clock(pos / plan.sample_rate)} / {_clock(plan.duration_s)}] {caption}"
            if tty:  # one live line on a terminal, one line per caption in a log
                print("\r" + line[:78].ljust(78), end="", file=sys.stderr, flush=True)
            elif shown != before:
                print(line, file=sys.stderr, flush=True)
            time.sleep(0.1)
    except KeyboardInterrupt:
        engine.stop(fade=True)
        print(
            f"\nstopped at {_clock(engine.position_samples() / plan.sample_rate)}", file=sys.stderr
        )
        return 130
    engine.stop(fade=True)
    print("\ndone", file=sys.stderr)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from somatic_player.core.routine import Routine

    text = json.dumps(routine_schema(Routine), indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


def routine_schema(model: type[Routine]) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Somatic Player routine file (TOML), schema version 1"
    return schema


def _history_command(
    run: Callable[[argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    """Store, export and argument problems end in one line on stderr and exit status 1."""

    def wrapped(args: argparse.Namespace) -> int:
        from somatic_player.history.exports import ExportError
        from somatic_player.history.store import StoreError

        try:
            return run(args)
        except (HistoryCommandError, StoreError, ExportError) as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            return 1

    return wrapped


def _routine_command(
    run: Callable[[argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    """A refused package or a failed export ends in ``somatic-player: FILE: reason``, exit 1."""

    def wrapped(args: argparse.Namespace) -> int:
        from somatic_player.content.package_format import PackageError

        try:
            return run(args)
        except PackageError as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            return 1

    return wrapped


COMMANDS = {
    "list": cmd_list,
    "validate": cmd_validate,
    "plan": cmd_plan,
    "render": cmd_render,
    "play": cmd_play,
    "schema": cmd_schema,
    **{name: _routine_command(run) for name, run in ROUTINE_COMMANDS.items()},
    **{name: _history_command(run) for name, run in HISTORY_COMMANDS.items()},
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if all(arg == "--exit-after-startup" for arg in argv):
        # Opening the app: skip building the whole command line, every millisecond before the
        # first paint counts.
        from somatic_player.app import run_gui

        return run_gui([sys.argv[0], *argv], exit_after_startup=bool(argv))
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    if args.command is None:  # the GUI: keep the content and model imports off the first paint
        from somatic_player.app import run_gui

        return run_gui([sys.argv[0], *argv], exit_after_startup=args.exit_after_startup)

    from somatic_player.audio.speech import SpeechError
    from somatic_player.content.library import UnknownRoutine
    from somatic_player.content.source import SourceError
    from somatic_player.core.compiler import CompileError

    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # e.g. "list --json | head": the reader has all it wanted
        sys.stderr.close()
        return 0
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except SourceError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except (UnknownRoutine, CompileError, SpeechError, ValueError, OSError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"\n{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
