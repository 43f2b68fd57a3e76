"""Routine packages: a routine and its voice recordings in one ``.somatic`` file, to hand over.

The public API, Qt-free and blocking (a GUI runs these in a worker thread); the import side
lives in ``package_import``:

- ``export_routine(routine, out)`` writes a package atomically (a temporary file beside ``out``,
  then a rename; mode 0600) and returns an ``ExportResult``.
- ``open_package(path)`` treats the file as hostile: it checks the zip (``package_zip``), the
  manifest, every checksum, the routine file and every recording, unpacking into a private
  folder inside the user data folder. It returns a ``CheckedPackage`` (a context manager) to show
  or ask about, whose ``install()`` moves it into the library; closing it unused removes it all.
- ``import_package(path, overwrite=..., as_id=...)`` does both at once.

Every refusal is one ``PackageRefused`` (``RoutineExists`` when only the id is in the way) and
leaves nothing behind. The format and the rules are in ``package_format`` and docs/PACKAGES.md.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from somatic_player import __version__
from somatic_player.content.package_audio import BadRecording, check_recording
from somatic_player.content.package_format import (
    CLIP_NAME,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_RECORDING_BYTES,
    MAX_TOTAL_BYTES,
    ROUTINE,
    SUFFIX,
    ExportError,
    FileEntry,
    Manifest,
    PackageError,
    PackageRefused,
    RoutineExists,
    RoutineRef,
    clip_folder,
    recording_member,
    referenced_clips,
)
from somatic_player.content.package_import import (
    CheckedPackage,
    Conflict,
    ImportResult,
    check_routine_id,
    import_package,
    open_package,
)
from somatic_player.content.package_zip import CHUNK

__all__ = [
    "CheckedPackage",
    "Conflict",
    "ExportError",
    "ExportResult",
    "ImportResult",
    "PackageError",
    "PackageRefused",
    "RoutineExists",
    "check_routine_id",
    "export_routine",
    "import_package",
    "open_package",
]

_FILE_ATTR = (stat.S_IFREG | 0o600) << 16


@dataclass(frozen=True)
class ExportResult:
    path: Path
    routine_id: str
    title: str
    recordings: tuple[str, ...]
    size_bytes: int


# -- export -------------------------------------------------------------------------------------


def export_routine(
    routine: str | Path, out: str | Path, *, now: datetime | None = None
) -> ExportResult:
    """Pack routine ``routine`` (an id or a routine file) and its recordings into ``out``.

    RoutineError when the routine is invalid, UnknownRoutine when there is no such routine,
    ExportError for a missing or invalid recording or an output that cannot be written.
    """
    from somatic_player.content.library import find_routine, source_file

    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise ExportError(out, f"a routine package's name must end in {SUFFIX}")
    if out.is_dir():
        raise ExportError(out, "is a folder; give a file name")
    if not out.parent.is_dir():
        raise ExportError(out, f"folder {out.parent} does not exist")
    loaded, path = find_routine(str(routine))
    clips = referenced_clips(loaded)
    folded: dict[str, str] = {}
    for clip in clips:  # they would collide on the patient's disk if it ignores case
        other = folded.setdefault(clip.casefold(), clip)
        if other != clip:
            raise ExportError(path, f"recordings {other!r} and {clip!r} differ only in case")
    try:
        # A built-in routine is packed in the language it was found in (its translation).
        raw = source_file(path).read_bytes()
        recordings = [(recording_member(c), _clip_file(path, c)) for c in clips]
        total = len(raw) + sum(f.stat().st_size for _m, f in recordings)
    except OSError as exc:
        raise ExportError(path, f"cannot be read ({exc.strerror or exc})") from None
    if total > MAX_TOTAL_BYTES:
        raise ExportError(path, f"with its recordings is larger than {MAX_TOTAL_BYTES >> 20} MiB")
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    ref = RoutineRef(id=loaded.id, title=loaded.title)

    def pack(fh: BinaryIO) -> None:
        stamp = created.timetuple()[:6] if created.year >= 1980 else (1980, 1, 1, 0, 0, 0)
        with zipfile.ZipFile(fh, "w") as zf:
            zf.writestr(_member(ROUTINE, stamp, zipfile.ZIP_DEFLATED), raw)
            files = [FileEntry(path=ROUTINE, size=len(raw), sha256=hashlib.sha256(raw).hexdigest())]
            for member, file in recordings:  # already compressed audio: stored as it is
                files.append(_pack_file(zf, _member(member, stamp, zipfile.ZIP_STORED), file))
            manifest = Manifest(
                format=FORMAT,
                format_version=FORMAT_VERSION,
                app_version=__version__,
                created=created,
                routine=ref,
                files=tuple(files),
            )
            zf.writestr(_member(MANIFEST, stamp, zipfile.ZIP_DEFLATED), manifest.to_json())

    size = _write_atomically(out, pack)
    return ExportResult(out, loaded.id, loaded.title, clips, size)


def _clip_file(routine_path: Path, clip: str) -> Path:
    """The recording ``clip`` of the routine at ``routine_path``, checked as an import would."""
    if not CLIP_NAME.fullmatch(clip):
        raise ExportError(routine_path, f"recording {clip!r} must be a .wav, .flac or .ogg file")
    folder = clip_folder(routine_path)
    file = folder / clip
    if file.is_symlink() or not file.is_file():
        raise ExportError(routine_path, f"recording {clip!r} is not a file in {folder}")
    if file.stat().st_size > MAX_RECORDING_BYTES:
        raise ExportError(
            routine_path, f"recording {clip!r} is larger than {MAX_RECORDING_BYTES >> 20} MiB"
        )
    try:
        check_recording(file, clip)
    except BadRecording as exc:
        raise ExportError(routine_path, f"recording {exc}") from None
    return file


def _member(name: str, stamp: tuple[int, ...], method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, (stamp[0], stamp[1], stamp[2], stamp[3], stamp[4], stamp[5]))
    info.compress_type = method
    info.external_attr = _FILE_ATTR
    return info


def _pack_file(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: Path) -> FileEntry:
    digest = hashlib.sha256()
    size = 0
    with file.open("rb") as src, zf.open(info, "w") as dst:
        while chunk := src.read(CHUNK):
            size += len(chunk)
            if size > MAX_RECORDING_BYTES:
                raise ExportError(file, f"is larger than {MAX_RECORDING_BYTES >> 20} MiB")
            digest.update(chunk)
            dst.write(chunk)
    return FileEntry(path=info.filename, size=size, sha256=digest.hexdigest())


def _write_atomically(out: Path, write: Callable[[BinaryIO], None]) -> int:
    """Write through ``write(fh)`` into a temporary file beside ``out``, then rename it."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise ExportError(out, f"cannot be written ({exc.strerror or exc})") from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w+b") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.chmod(0o600)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(out, f"cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out.stat().st_size
