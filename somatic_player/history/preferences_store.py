"""Preferences on disk: ``preferences.toml`` in the per-user folder, written atomically, mode 0600.

Loading never fails. A file that is not TOML, or a setting that is unknown or out of range, falls
back to the default for what could not be used, and the problem is returned in plain words for the
app to show. The unreadable original is kept beside it as ``preferences.toml.bad`` and the file is
rewritten with what was kept, so the next start is quiet and nothing the person wrote is lost.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from somatic_player._logs import logger
from somatic_player.core.preferences import DEFAULTS, FIELD_NAMES, Preferences, check

FILE_NAME = "preferences.toml"
BAD_SUFFIX = ".bad"
FORMAT_VERSION = 1
_VERSION_KEY = "format_version"
_MAX_BYTES = 64 * 1024  # a preferences file is a few hundred bytes; anything huge is not ours
_HEADER = (
    "# Somatic Player preferences. The app rewrites this file when you change a setting;\n"
    "# edit it while the app is closed. Remove a line to go back to its default.\n\n"
)


@dataclass(frozen=True)
class LoadedPreferences:
    """What :func:`load_preferences` found: the preferences to use and anything that went wrong.

    ``problems`` are sentences for a person ("volume_cues: must be between 0 and 1, got 3; using
    the default 0.8"); ``bad_copy`` is where the unreadable original was kept, if anywhere.
    """

    preferences: Preferences
    problems: tuple[str, ...] = ()
    bad_copy: Path | None = None


def preferences_path() -> Path:
    """``preferences.toml`` in the per-user folder (``SOMATIC_PLAYER_HOME`` in tests)."""
    from somatic_player.resources import user_home

    return user_home() / FILE_NAME


def load_preferences(path: Path | None = None) -> LoadedPreferences:
    """Read the preferences; a missing file gives the defaults, a damaged one is repaired."""
    path = preferences_path() if path is None else path
    try:
        raw = _read_limited(path)
    except FileNotFoundError:
        return LoadedPreferences(DEFAULTS)
    except OSError as exc:
        # Unreadable (permissions, a folder in the way): use defaults and leave it alone.
        problem = f"{path} could not be read ({exc}); using the default settings"
        return _report(LoadedPreferences(DEFAULTS, (problem,)))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problem = f"{path} is not a valid settings file ({exc}); using the default settings"
        return _report(_set_aside(path, raw, DEFAULTS, [problem], rewrite=False))

    preferences, problems = _salvage(data)
    if not problems:
        return LoadedPreferences(preferences)
    return _report(_set_aside(path, raw, preferences, problems, rewrite=True))


def save_preferences(preferences: Preferences, path: Path | None = None) -> Path:
    """Write atomically (temporary file, fsync, rename) with mode 0600; returns the path.

    Only settings that differ from the defaults are written, so a later release can improve a
    default for everyone who never changed it. Raises ``OSError`` if the folder is not writable.
    """
    import tomli_w  # only when saving: reading happens before the first window is drawn

    path = preferences_path() if path is None else path
    changed = {
        name: value
        for name, value in preferences.as_dict().items()
        if value != getattr(DEFAULTS, name) and value is not None
    }
    text = _HEADER + tomli_w.dumps({_VERSION_KEY: FORMAT_VERSION, **changed})
    _write_atomic(path, text.encode("utf-8"))
    return path


def _read_limited(path: Path) -> bytes:
    with path.open("rb") as handle:
        raw = handle.read(_MAX_BYTES + 1)
    if len(raw) > _MAX_BYTES:
        raise OSError(f"larger than {_MAX_BYTES // 1024} KiB")
    return raw


def _salvage(data: dict[str, Any]) -> tuple[Preferences, list[str]]:
    """Keep every valid setting; drop unknown and invalid ones, saying which and why."""
    problems: list[str] = []
    data = dict(data)
    version = data.pop(_VERSION_KEY, FORMAT_VERSION)
    if version != FORMAT_VERSION:
        problems.append(
            f"{_VERSION_KEY} {version!r} is not one this version reads ({FORMAT_VERSION}); "
            "reading the settings it knows"
        )
    kept: dict[str, Any] = {}
    for name, value in data.items():
        if name not in FIELD_NAMES:
            problems.append(f"unknown setting {name!r} ignored")
        else:
            kept[name] = value
    # Checked setting by setting, so one bad value cannot cost the others.
    for name, value in list(kept.items()):
        try:
            check(name, value)
        except ValueError as exc:
            default = _toml_word(getattr(DEFAULTS, name))
            problems.append(f"{name}: {exc}; using the default {default}")
            del kept[name]
    return Preferences.from_dict(kept), problems


def _toml_word(value: object) -> str:
    if value is None:
        return "(follow the system)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)


def _set_aside(
    path: Path, raw: bytes, preferences: Preferences, problems: list[str], *, rewrite: bool
) -> LoadedPreferences:
    """Keep the damaged file as ``<name>.bad``; rewrite the original with what was salvaged."""
    bad = path.with_name(path.name + BAD_SUFFIX)
    try:
        _write_atomic(bad, raw)
    except OSError as exc:
        problems.append(f"a copy of the damaged file could not be kept ({exc})")
        return LoadedPreferences(preferences, tuple(problems))
    problems.append(f"the original was kept as {bad}")
    try:
        if rewrite:
            save_preferences(preferences, path)
        else:
            path.unlink()
    except OSError as exc:
        problems.append(f"{path} could not be repaired ({exc})")
    return LoadedPreferences(preferences, tuple(problems), bad)


def _report(result: LoadedPreferences) -> LoadedPreferences:
    for problem in result.problems:
        logger(__name__).warning("preferences: %s", problem)
    return result


def _write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` so a crash leaves the old file or the new one, never half."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)  # mkstemp already uses 0600; say so in case that ever changes
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible, nor needed, on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
