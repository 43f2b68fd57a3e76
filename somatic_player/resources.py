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


def write_private(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` atomically, readable by its owner only (0600).

    A temporary file beside it is written, flushed to disk and renamed over it, so a crash leaves
    the old file or the new one, never half of either, and at no moment is the text readable by
    others (``Path.write_text`` would create it with the umask's mode, 0644 usually).
    """
    import tempfile

    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def create_private(path: Path) -> None:
    """Make ``path`` an empty 0600 file if it does not exist yet (for writers, like QSettings,
    that keep the mode of an existing file but would create a new one with the umask's)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
