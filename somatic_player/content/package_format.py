"""The routine package format (``.somatic``): names, limits, the manifest and the refusals.

A package is a zip file holding ``manifest.json``, ``routine.toml`` and, optionally, the voice
recordings the routine names (``recordings/<clip>``), nothing else. A clinician makes it for one
patient; on the patient's machine it is untrusted input, so every limit here is checked before a
byte of it is unpacked (see ``package_zip``) and again while it is (sizes, checksums).

In the library an imported routine is ``routines/<id>.toml`` and its recordings are
``routines/<id>/recordings/<clip>``; ``clip_folder`` says where a routine's clips are read from.
docs/PACKAGES.md describes the format for people.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from somatic_player.content.source import MAX_BYTES as MAX_ROUTINE_BYTES
from somatic_player.core.routine import NarrationStep, Routine

FORMAT: Final = "somatic-routine-package"
FORMAT_VERSION: Final = 1
SUFFIX = ".somatic"
MANIFEST = "manifest.json"
ROUTINE = "routine.toml"
RECORDINGS = "recordings"
RECORDING_SUFFIXES = (".wav", ".flac", ".ogg")

KIB = 1024
MIB = 1024 * KIB
MAX_ENTRIES = 200
MAX_MANIFEST_BYTES = 128 * KIB
MAX_RECORDING_BYTES = 50 * MIB
MAX_TOTAL_BYTES = 200 * MIB
# The whole file: its entries plus headers and the central directory.
MAX_PACKAGE_BYTES = MAX_TOTAL_BYTES + 2 * MIB
# The central directory is parsed before anything else; 200 entries need far less than this.
MAX_DIRECTORY_BYTES = 256 * KIB
# Deflate rarely shrinks real text or audio more than 10:1; a zip bomb does 1000:1. Small entries
# cannot hurt whatever their ratio, so the ratio is checked above a floor.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 64 * KIB

# Recordings: what the speech library plays (audio/speech.py reads clips up to 30 minutes).
MAX_RECORDING_S = 30 * 60
MIN_RATE_HZ = 8_000
MAX_RATE_HZ = 192_000
MAX_CHANNELS = 2

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST",
    "MAX_ENTRIES",
    "MAX_RECORDING_BYTES",
    "MAX_ROUTINE_BYTES",
    "MAX_TOTAL_BYTES",
    "RECORDINGS",
    "ROUTINE",
    "SUFFIX",
    "ExportError",
    "FileEntry",
    "Manifest",
    "PackageError",
    "PackageRefused",
    "RoutineExists",
    "clip_folder",
    "recording_member",
    "recordings_dir",
    "referenced_clips",
]

# The clip names a narration step may use (core.routine_steps.NarrationStep.clip), with an audio
# suffix: never a folder, never a dot file, never anything a file system treats specially.
_CLIP = r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,190}\.(?:[Ww][Aa][Vv]|[Ff][Ll][Aa][Cc]|[Oo][Gg][Gg])"
RECORDING_MEMBER = re.compile(rf"{RECORDINGS}/({_CLIP})")
CLIP_NAME = re.compile(_CLIP)


class PackageError(Exception):
    """A package could not be made or read. ``path`` is the file it is about and ``reason`` one
    sentence for the person (``str(exc)`` is ``"PATH: reason"``)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class PackageRefused(PackageError):
    """An import was refused: the package is unsafe, damaged, or holds an invalid routine.
    Nothing of it was kept."""


class RoutineExists(PackageRefused):
    """The routine's id is taken: by a built-in routine (``builtin``; only a new id helps) or by
    one of the user's routines at ``existing`` (importing with ``overwrite=True`` replaces it)."""

    def __init__(
        self, path: Path | str, reason: str, *, routine_id: str, existing: Path, builtin: bool
    ) -> None:
        super().__init__(path, reason)
        self.routine_id = routine_id
        self.existing = existing
        self.builtin = builtin


class ExportError(PackageError):
    """A routine could not be exported (a recording is missing or invalid, the output cannot be
    written). The output file is left as it was."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class FileEntry(_Strict):
    """One file of the package besides the manifest, with its size and checksum."""

    path: Annotated[str, Field(max_length=300)]
    size: Annotated[int, Field(ge=0, le=MAX_TOTAL_BYTES)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class RoutineRef(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
    title: Annotated[str, Field(max_length=200)]


class Manifest(_Strict):
    """``manifest.json``: what made the package, which routine it holds, and every other file."""

    format: Literal["somatic-routine-package"]
    format_version: Literal[1]
    app_version: Annotated[str, Field(max_length=40)]
    created: AwareDatetime
    routine: RoutineRef
    files: Annotated[tuple[FileEntry, ...], Field(min_length=1, max_length=MAX_ENTRIES - 1)]

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"


def recording_member(clip: str) -> str:
    """The package member holding clip ``clip``: ``recordings/<clip>``."""
    return f"{RECORDINGS}/{clip}"


def referenced_clips(routine: Routine) -> tuple[str, ...]:
    """The recorded clips the routine plays, each once, in name order.

    The one place that knows which fields name recordings: export packs exactly these, and an
    import refuses a package that lacks one of them or carries one the routine does not use.
    """
    return tuple(sorted({s.clip for s in routine.steps if isinstance(s, NarrationStep) and s.clip}))


def recordings_dir(routine_path: Path) -> Path:
    """Where the recordings of the routine file ``routine_path`` live in the library:
    ``routines/<id>.toml`` keeps them in ``routines/<id>/recordings/``."""
    return routine_path.parent / routine_path.stem / RECORDINGS


def clip_folder(routine_path: Path) -> Path:
    """The folder a routine's clips are read from: its recordings folder when it has one, else
    the folder of the routine file (clips written beside a hand-made routine)."""
    folder = recordings_dir(routine_path)
    return folder if folder.is_dir() else routine_path.parent
