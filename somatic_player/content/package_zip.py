"""Open a routine package as the hostile zip file it may be, and unpack its members with limits.

``open_package_zip`` looks at the end-of-archive record before ``zipfile`` builds its table of
contents (so a forged directory of millions of entries costs nothing), then checks every entry's
name, type, flags, declared sizes and compression ratio against ``package_format``. Members are
read in bounded chunks (``PackageZip.copy``), so a member that inflates past what it declared is
stopped within one chunk, and hashed on the way. Every refusal is one ``PackageRefused``.
"""

from __future__ import annotations

import hashlib
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from somatic_player.content.package_format import (
    MANIFEST,
    MAX_DIRECTORY_BYTES,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_RECORDING_BYTES,
    MAX_ROUTINE_BYTES,
    MAX_TOTAL_BYTES,
    MIB,
    RATIO_FLOOR_BYTES,
    RECORDING_MEMBER,
    ROUTINE,
    PackageError,
    PackageRefused,
)

CHUNK = 64 * 1024
_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIG = b"PK\x05\x06"
_LOCATOR64 = struct.Struct("<4sLQL")
_LOCATOR64_SIG = b"PK\x06\x07"
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
_EOCD64_SIG = b"PK\x06\x06"
_ENCRYPTED = 0x1
_DOS_FOLDER = 0x10
# What reading a damaged member can raise, besides OSError (a failing disk, handled apart).
_DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


def _shown(name: str) -> str:
    text = repr(name)
    return text if len(text) <= 60 else text[:56] + "...'"


def _detail(exc: BaseException) -> str:
    """An error's text on one short line (zipfile quotes raw header bytes in some of them)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 80 else text[:77] + "..."


def _directory_extent(fh: BinaryIO, size: int) -> tuple[int, int]:
    """(entries, bytes) of the central directory, as ``zipfile`` will read them.

    Mirrors ``zipfile``'s search (a record at the very end, else the last signature in the final
    64 KiB) and its ZIP64 locator, so the limits checked here are the ones it then honours.
    """
    if size < _EOCD.size:
        raise ValueError("too short")
    fh.seek(size - _EOCD.size)
    tail = fh.read(_EOCD.size)
    if tail[:4] == _EOCD_SIG and tail[-2:] == b"\0\0":
        at = size - _EOCD.size
        record = tail
    else:
        start = max(size - 0xFFFF - _EOCD.size, 0)
        fh.seek(start)
        data = fh.read()
        found = data.rfind(_EOCD_SIG)
        if found < 0 or len(data) - found < _EOCD.size:
            raise ValueError("no end-of-archive record")
        at = start + found
        record = data[found : found + _EOCD.size]
    _sig, disk, cd_disk, _here, entries, cd_bytes, _offset, _comment = _EOCD.unpack(record)
    if at >= _LOCATOR64.size:
        fh.seek(at - _LOCATOR64.size)
        locator = fh.read(_LOCATOR64.size)
        if locator[:4] == _LOCATOR64_SIG and at >= _LOCATOR64.size + _EOCD64.size:
            fh.seek(at - _LOCATOR64.size - _EOCD64.size)
            record64 = fh.read(_EOCD64.size)
            if record64[:4] == _EOCD64_SIG:
                fields = _EOCD64.unpack(record64)
                disk, cd_disk, entries, cd_bytes = fields[4], fields[5], fields[7], fields[8]
    if disk or cd_disk:
        raise ValueError("spans several disks")
    return entries, cd_bytes


def _name_problem(raw: str) -> str | None:
    """Why an entry name is unsafe, before asking whether it is one we expect."""
    name = raw.split("\0", 1)[0]
    if "\0" in raw:
        return f"has an entry name with a NUL byte ({_shown(raw)})"
    if not name:
        return "has an entry without a name"
    if "\\" in name:
        return f"has an entry name with backslashes ({_shown(name)}); only / separates folders"
    if len(name) >= 2 and name[1] == ":" and name[0].isalpha():
        return f"has an entry that names a drive ({_shown(name)})"
    if name.startswith("/"):
        return f"has an entry with an absolute path ({_shown(name)})"
    if ".." in name.split("/"):
        return f"has an entry that points outside the package ({_shown(name)}: '..' in the path)"
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return f"has an entry name with control characters ({_shown(name)})"
    return None


def _type_problem(info: zipfile.ZipInfo) -> str | None:
    name = _shown(info.filename)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return f"holds a link ({name}); packages hold plain files only"
    if info.filename.endswith("/") or stat.S_ISDIR(mode) or info.external_attr & _DOS_FOLDER:
        return f"holds a folder entry ({name}); packages hold plain files only"
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        return f"holds a special file ({name}); packages hold plain files only"
    if info.flag_bits & _ENCRYPTED:
        return f"holds an encrypted entry ({name}); packages are never encrypted"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return f"uses a compression method Somatic Player does not read ({name})"
    return None


def size_limit(name: str) -> int:
    """The most bytes the member ``name`` may hold (0: not a member a package may have)."""
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    if name == ROUTINE:
        return MAX_ROUTINE_BYTES
    return MAX_RECORDING_BYTES if RECORDING_MEMBER.fullmatch(name) else 0


def _mib(n: int) -> str:
    return f"{n / MIB:.1f} MiB" if n >= MIB else f"{n // 1024} KiB"


def _check_entry(info: zipfile.ZipInfo) -> str | None:
    problem = _name_problem(info.orig_filename) or _type_problem(info)
    if problem:
        return problem
    name = info.filename
    limit = size_limit(name)
    if not limit:
        return (
            f"holds an unexpected file ({_shown(name)}); a package holds manifest.json, "
            "routine.toml and recordings/NAME.wav, .flac or .ogg"
        )
    if info.file_size > limit:
        return f"{name} is too large ({_mib(info.file_size)}; at most {_mib(limit)})"
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        return f"{name} is damaged (its stored and unpacked sizes differ)"
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
        info.compress_size, 1
    ):
        ratio = info.file_size // max(info.compress_size, 1)
        return (
            f"{name} unpacks to {ratio} times its packed size (at most {MAX_RATIO} times): "
            "it looks like a zip bomb"
        )
    return None


class PackageZip:
    """An open package whose entries passed every check; ``close`` (or ``with``) releases it."""

    def __init__(self, path: Path, fh: BinaryIO, zf: zipfile.ZipFile) -> None:
        self.path = path
        self._fh = fh
        self._zf = zf
        self.infos = zf.infolist()
        self.members = {info.filename: info for info in self.infos}

    def close(self) -> None:
        self._zf.close()
        self._fh.close()

    def __enter__(self) -> PackageZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def copy(self, name: str, write: Callable[[bytes], object]) -> str:
        """Unpack member ``name`` through ``write``; its sha256. Never reads past its size.

        A member that cannot be read is damaged (PackageRefused: reading a file on this machine
        fails only when its offsets or data are wrong); one that cannot be written is not the
        package's fault (PackageError).
        """
        info = self.members[name]
        digest = hashlib.sha256()
        done = 0
        try:
            src = self._zf.open(info)
        except (*_DAMAGE, OSError) as exc:
            raise PackageRefused(self.path, f"{name} is damaged ({_detail(exc)})") from None
        with src:
            while True:
                try:
                    chunk = src.read(CHUNK)
                except (*_DAMAGE, OSError) as exc:
                    raise PackageRefused(self.path, f"{name} is damaged ({_detail(exc)})") from None
                if not chunk:
                    break
                done += len(chunk)
                if done > info.file_size:
                    raise PackageRefused(self.path, f"{name} holds more than it declares")
                digest.update(chunk)
                try:
                    write(chunk)
                except OSError as exc:
                    reason = f"could not be unpacked ({exc.strerror or exc})"
                    raise PackageError(self.path, reason) from None
        if done != info.file_size:
            raise PackageRefused(self.path, f"{name} is damaged (it is shorter than it declares)")
        return digest.hexdigest()

    def read(self, name: str) -> tuple[bytes, str]:
        """A small member's bytes and sha256."""
        parts: list[bytes] = []
        digest = self.copy(name, parts.append)
        return b"".join(parts), digest


def open_package_zip(path: Path) -> PackageZip:
    """Open ``path`` and check every entry; refuse it (PackageRefused) at the first problem."""
    try:
        if not path.is_file():
            raise PackageRefused(path, "does not exist" if not path.exists() else "is not a file")
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise PackageRefused(
                path, f"is too large ({_mib(size)}; packages are at most {_mib(MAX_PACKAGE_BYTES)})"
            )
        fh = path.open("rb")
    except PermissionError:
        raise PackageRefused(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise PackageError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        try:
            entries, cd_bytes = _directory_extent(fh, size)
        except ValueError:
            raise PackageRefused(
                path, "is not a Somatic Player package (it is not a zip file)"
            ) from None
        if entries > MAX_ENTRIES:
            raise PackageRefused(path, f"has {entries} entries (at most {MAX_ENTRIES})")
        if cd_bytes > MAX_DIRECTORY_BYTES:
            raise PackageRefused(path, "has an oversized table of contents")
        try:
            zf = zipfile.ZipFile(fh)
        except (*_DAMAGE, OSError) as exc:
            raise PackageRefused(path, f"is damaged or not a zip file ({_detail(exc)})") from None
    except BaseException:
        fh.close()
        raise
    opened = PackageZip(path, fh, zf)
    try:
        _check_entries(path, opened.infos)
    except BaseException:
        opened.close()
        raise
    return opened


def _check_entries(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if not infos:
        raise PackageRefused(path, "is empty")
    if len(infos) > MAX_ENTRIES:
        raise PackageRefused(path, f"has {len(infos)} entries (at most {MAX_ENTRIES})")
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        problem = _check_entry(info)
        if problem:
            raise PackageRefused(path, problem)
        key = info.filename.casefold()
        if key in seen:
            other = seen[key]
            if other == info.filename:
                raise PackageRefused(path, f"holds two entries named {_shown(other)}")
            raise PackageRefused(
                path,
                f"holds entries whose names differ only in case ({_shown(other)}, "
                f"{_shown(info.filename)})",
            )
        seen[key] = info.filename
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageRefused(path, f"unpacks to more than {_mib(MAX_TOTAL_BYTES)}")
    for needed in (MANIFEST, ROUTINE):
        if needed not in seen:
            raise PackageRefused(
                path, f"has no {needed} (it is not a Somatic Player routine package)"
            )
