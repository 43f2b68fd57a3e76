"""The one place that knows where shipped data lives: scripts/, audio/ and ui/.

Installed from a wheel they sit in ``somatic_player/_data/``; in a source checkout they are the
top-level folders beside the package. Everything else asks this module for paths.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_NAMES = ("scripts", "audio", "ui")


@cache
def data_root() -> Path:
    """The folder that holds scripts/, audio/ and ui/."""
    installed = _PACKAGE / "_data"
    if (installed / "scripts").is_dir():
        return installed
    checkout = _PACKAGE.parent
    if (checkout / "scripts").is_dir():
        return checkout
    raise FileNotFoundError(f"shipped data not found in {installed} or {checkout}")


def scripts_dir() -> Path:
    return data_root() / "scripts"


def audio_dir() -> Path:
    return data_root() / "audio"


def ui_dir() -> Path:
    return data_root() / "ui"


def user_home() -> Path:
    """Per-user data folder (0700); ``SOMATIC_PLAYER_HOME`` overrides it for tests and demos."""
    override = os.environ.get("SOMATIC_PLAYER_HOME")
    if override:
        home = Path(override)
    else:
        import platformdirs  # only when needed: it is not on the path to the first window

        home = Path(platformdirs.user_data_dir("somatic-player"))
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    if home.stat().st_mode & 0o077:
        home.chmod(0o700)
    return home


def user_routines_dir() -> Path:
    path = user_home() / "routines"
    path.mkdir(exist_ok=True, mode=0o700)
    return path


def cache_dir() -> Path:
    """Re-creatable data (synthesized speech). Kept under the user home so tests stay isolated."""
    path = user_home() / "cache"
    path.mkdir(exist_ok=True, mode=0o700)
    return path
