"""Import a routine package: check everything in it, then move it into the user library.

``open_package`` treats the file as hostile. The zip and its entries are checked by
``package_zip``; this module checks the manifest, every checksum, the routine (the validator's
first problem, with its line) and every recording (``package_audio``), unpacking into a private
``.import-*`` folder inside the user data folder. ``CheckedPackage.install`` moves the routine to
``routines/<id>.toml`` and its recordings to ``routines/<id>/recordings/`` by renames, putting
back whatever it replaced if a rename fails; a refusal at any point removes the private folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from somatic_player import resources
from somatic_player.content.loader import field_path, load_routine
from somatic_player.content.package_audio import BadRecording, check_recording
from somatic_player.content.package_format import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    RECORDING_MEMBER,
    RECORDINGS,
    ROUTINE,
    Manifest,
    PackageError,
    PackageRefused,
    RoutineExists,
    recording_member,
    referenced_clips,
)
from somatic_player.content.package_zip import PackageZip, open_package_zip
from somatic_player.content.source import SourceError, read_source
from somatic_player.core.routine import Routine

ROUTINE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_ID_LINE = re.compile(r"""^(\s*(?:id|"id"|'id')\s*=\s*)(["'])([a-z0-9-]+)\2""")


@dataclass(frozen=True)
class ImportResult:
    routine_id: str
    title: str
    path: Path  # the routine file in the library
    recordings: tuple[Path, ...]
    replaced: bool  # an existing routine of the user's was overwritten
    renamed_from: str | None  # the package's own id, when imported under another


@dataclass(frozen=True)
class Conflict:
    """The id is taken: by a built-in routine (only another id helps) or by the user's routine
    file at ``existing`` (``install(overwrite=True)`` replaces it)."""

    routine_id: str
    existing: Path
    builtin: bool

    def reason(self) -> str:
        if self.builtin:
            return f"'{self.routine_id}' is already the id of a built-in routine"
        return f"your library already has a routine '{self.routine_id}' ({self.existing})"


def check_routine_id(text: str) -> str:
    """``text`` if it can be a routine id, else ValueError saying what an id looks like."""
    if not ROUTINE_ID.fullmatch(text):
        raise ValueError(
            f"{text!r} is not a routine id: use lowercase letters, digits and dashes, "
            "like 'easy-pace' (at most 64 characters)"
        )
    return text


def import_package(
    path: str | Path, *, overwrite: bool = False, as_id: str | None = None
) -> ImportResult:
    """Check the package at ``path`` and add its routine to the user library (see module doc)."""
    if as_id is not None:
        check_routine_id(as_id)
    with open_package(path) as package:
        return package.install(overwrite=overwrite, as_id=as_id)


def open_package(path: str | Path) -> CheckedPackage:
    """Check everything in the package at ``path``; PackageRefused with the first problem."""
    source = Path(path)
    with open_package_zip(source) as pz:
        manifest = _read_manifest(pz)
        _match_files(pz, manifest)
        try:
            staging = Path(tempfile.mkdtemp(prefix=".import-", dir=resources.user_home()))
        except OSError as exc:
            raise PackageError(source, _unpack_failed(exc)) from None
        try:
            return _unpack(pz, manifest, staging)
        except OSError as exc:  # the data folder, not the package: full, or not writable
            shutil.rmtree(staging, ignore_errors=True)
            raise PackageError(source, _unpack_failed(exc)) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


def _unpack_failed(exc: OSError) -> str:
    return f"could not be unpacked in your data folder ({exc.strerror or exc})"


def _read_manifest(pz: PackageZip) -> Manifest:
    raw, _digest = pz.read(MANIFEST)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackageRefused(pz.path, "manifest.json is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackageRefused(pz.path, "manifest.json is not a Somatic Player package manifest")
    version = data.get("format_version")
    if type(version) is int and version > FORMAT_VERSION:
        raise PackageRefused(
            pz.path,
            f"was made by a newer Somatic Player (package format {version}; this version "
            f"reads format {FORMAT_VERSION}): update the app to import it",
        )
    try:
        return Manifest.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        where = field_path(tuple(err["loc"])) or "the manifest"
        raise PackageRefused(pz.path, f"manifest.json is invalid ({where}: {err['msg']})") from None


def _match_files(pz: PackageZip, manifest: Manifest) -> None:
    """The manifest lists exactly the package's other files, with their sizes."""
    listed: set[str] = set()
    for entry in manifest.files:
        if entry.path in listed:
            raise PackageRefused(pz.path, f"manifest.json lists {entry.path!r} twice")
        listed.add(entry.path)
        info = pz.members.get(entry.path)
        if info is None or entry.path == MANIFEST:
            raise PackageRefused(
                pz.path, f"manifest.json lists {entry.path!r}, which the package does not hold"
            )
        if info.file_size != entry.size:
            raise PackageRefused(
                pz.path, f"{entry.path} is not the size manifest.json gives (damaged or changed)"
            )
    for name in pz.members:
        if name != MANIFEST and name not in listed:
            raise PackageRefused(pz.path, f"{name} is not listed in manifest.json")


def _unpack(pz: PackageZip, manifest: Manifest, staging: Path) -> CheckedPackage:
    folder = staging / "folder" / RECORDINGS
    clips: dict[str, Path] = {}
    for entry in manifest.files:
        if entry.path == ROUTINE:
            target = staging / ROUTINE
        else:
            match = RECORDING_MEMBER.fullmatch(entry.path)
            assert match is not None  # every member's name was checked when the zip was opened
            for made in (folder.parent, folder):  # (parents=True would not use the mode)
                made.mkdir(exist_ok=True, mode=0o700)
            target = clips[match.group(1)] = folder / match.group(1)
        with open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as fh:
            digest = pz.copy(entry.path, fh.write)
        if digest != entry.sha256:
            raise PackageRefused(
                pz.path,
                f"{entry.path} does not match its checksum in manifest.json "
                "(the package was changed or damaged)",
            )
    routine = _load(pz.path, staging / ROUTINE)
    if routine.id != manifest.routine.id:
        raise PackageRefused(
            pz.path,
            f"manifest.json names routine '{manifest.routine.id}', "
            f"but routine.toml holds '{routine.id}'",
        )
    used = referenced_clips(routine)
    for clip in used:
        if clip not in clips:
            raise PackageRefused(
                pz.path, f"routine.toml plays recording '{clip}', which the package does not hold"
            )
    for clip, file in sorted(clips.items()):
        if clip not in used:
            raise PackageRefused(pz.path, f"{recording_member(clip)} is not used by the routine")
        try:
            check_recording(file, recording_member(clip))
        except BadRecording as exc:
            raise PackageRefused(pz.path, str(exc)) from None
    total = sum(e.size for e in manifest.files)
    return CheckedPackage(pz.path, staging, routine, manifest, tuple(sorted(clips)), total)


def _load(source: Path, file: Path) -> Routine:
    try:
        return load_routine(file, display=ROUTINE)
    except SourceError as exc:
        first = str(exc.problems[0]) if exc.problems else "routine.toml is not a valid routine"
        raise PackageRefused(source, first) from None


@cache
def _builtin_ids() -> dict[str, Path]:
    from somatic_player.content.library import builtin_files

    ids: dict[str, Path] = {}
    for path in builtin_files():
        ids.setdefault(path.stem, path)
        try:
            ids.setdefault(load_routine(path).id, path)
        except SourceError:
            continue
    return ids


class CheckedPackage:
    """A package that passed every check, unpacked in a private folder until ``install`` moves
    it into the library or ``close`` removes it. ``routine`` is the validated routine,
    ``recordings`` the clip names it carries, ``size_bytes`` its unpacked size."""

    def __init__(
        self,
        source: Path,
        staging: Path,
        routine: Routine,
        manifest: Manifest,
        recordings: tuple[str, ...],
        size_bytes: int,
    ) -> None:
        self.source = source
        self.routine = routine
        self.manifest = manifest
        self.recordings = recordings
        self.size_bytes = size_bytes
        self._staging: Path | None = staging

    def __enter__(self) -> CheckedPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Remove the unpacked files (after ``install`` there is nothing left to remove)."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None

    def conflict(self, as_id: str | None = None) -> Conflict | None:
        """What is in the way of installing under ``as_id`` (default: the routine's own id)."""
        target = check_routine_id(as_id) if as_id is not None else self.routine.id
        builtin = _builtin_ids().get(target)
        if builtin is not None:
            return Conflict(target, builtin, True)
        library = resources.user_home() / "routines"
        for taken in (library / f"{target}.toml", library / target):
            if taken.exists() or taken.is_symlink():
                return Conflict(target, taken, False)
        for file in sorted(library.glob("*.toml")):
            try:
                if load_routine(file).id == target:
                    return Conflict(target, file, False)
            except SourceError:
                continue
        return None

    def install(self, *, overwrite: bool = False, as_id: str | None = None) -> ImportResult:
        """Move the routine (as ``as_id`` if given) and its recordings into the user library.

        RoutineExists when the id is taken (by one of the user's routines: unless ``overwrite``).
        The package is closed afterwards, whether it was installed or not.
        """
        if self._staging is None:
            raise RuntimeError("this package was already installed or closed")
        try:
            return self._install(self._staging, overwrite, as_id)
        except OSError as exc:
            reason = f"could not be saved in your library ({exc.strerror or exc})"
            raise PackageError(self.source, reason) from None
        finally:
            self.close()

    def _install(self, staging: Path, overwrite: bool, as_id: str | None) -> ImportResult:
        target = as_id if as_id is not None else self.routine.id
        conflict = self.conflict(target)
        if conflict is not None and (conflict.builtin or not overwrite):
            raise RoutineExists(
                self.source,
                conflict.reason(),
                routine_id=target,
                existing=conflict.existing,
                builtin=conflict.builtin,
            )
        routine_file = staging / ROUTINE
        if target != self.routine.id:
            _rename(self.source, routine_file, self.routine.id, target)
        library = resources.user_routines_dir()
        dest = library / f"{target}.toml"
        if conflict is not None and conflict.existing.suffix == ".toml":
            dest = conflict.existing  # the user's routine with this id, whatever its file name
        folder = dest.parent / dest.stem
        aside = staging / "replaced"
        aside.mkdir(mode=0o700)
        moved: list[tuple[Path, Path]] = []
        placed: Path | None = None
        try:
            for old in (dest, folder):
                if old.exists() or old.is_symlink():
                    os.replace(old, aside / old.name)
                    moved.append((old, aside / old.name))
            if self.recordings:
                os.replace(staging / "folder", folder)
                placed = folder
            os.replace(routine_file, dest)
        except OSError:  # put back what was there
            if placed is not None:
                shutil.rmtree(placed, ignore_errors=True)
            for old, kept in reversed(moved):
                with contextlib.suppress(OSError):
                    os.replace(kept, old)
            raise
        recordings = tuple(folder / RECORDINGS / clip for clip in self.recordings)
        return ImportResult(
            target,
            self.routine.title,
            dest,
            recordings,
            bool(moved),
            self.routine.id if target != self.routine.id else None,
        )


def _rename(source: Path, file: Path, old: str, new: str) -> None:
    """Give the unpacked routine file id ``new``, changing nothing else in it."""
    line_no = read_source(file, ROUTINE).line_of(("id",))
    text = file.read_bytes().decode("utf-8")
    lines = text.split("\n")
    found = _ID_LINE.match(lines[line_no - 1]) if line_no <= len(lines) else None
    if found is None or found.group(3) != old:
        raise PackageRefused(source, "routine.toml writes its id in a way that cannot be renamed")
    start, end = found.span(3)
    lines[line_no - 1] = lines[line_no - 1][:start] + new + lines[line_no - 1][end:]
    file.write_bytes("\n".join(lines).encode("utf-8"))
    if _load(source, file).id != new:
        raise PackageRefused(source, "routine.toml writes its id in a way that cannot be renamed")
