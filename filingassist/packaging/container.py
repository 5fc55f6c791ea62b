"""The ZIP container: a deterministic writer and a reader that treats every archive as hostile.

The writer fixes everything ZIP lets vary: member order (the caller's), timestamps
(1980-01-01 00:00), attributes (regular file, 0644, "made by" Unix), compression
(deflate level 6 or stored, chosen by the caller) and no extra fields or comment, so the
same members give the same bytes.

The reader never extracts to disk. It checks the central directory before reading a
byte of content (names, duplicates, symlinks, encryption, compression method, member
count, declared sizes, compression ratio, overlapping entries) and then streams each
member with a hard cap, so a zip bomb costs at most the limit. Every refusal is an
``InputError`` whose ``where`` names the member.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from filingassist.errors import InputError

FIXED_DATE_TIME = (1980, 1, 1, 0, 0, 0)
_UNIX = 3
_REGULAR_0644 = (stat.S_IFREG | 0o644) << 16
_CHUNK = 1 << 16
_LOCAL_HEADER_SIZE = 30
_ALLOWED_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
_DRIVE = re.compile(r"^[A-Za-z]:")
_MAX_NAME_LENGTH = 255


@dataclass(frozen=True)
class Limits:
    """What a package may be; anything beyond is refused as hostile or broken."""

    max_members: int = 1000
    max_member_size: int = 512 * 1024 * 1024
    max_total_size: int = 1024 * 1024 * 1024
    max_archive_size: int = 1024 * 1024 * 1024
    #: uncompressed/compressed above this is typical of zip bombs (real XML/PDF: < 20)
    max_ratio: float = 100.0
    #: members smaller than this are exempt from the ratio check (tiny, repetitive JSON)
    ratio_floor: int = 64 * 1024


@dataclass(frozen=True)
class ZipMember:
    """One file to write: ``compress`` False stores it (for PNG, PDF: already compressed)."""

    name: str
    data: bytes
    compress: bool = True


def check_member_name(name: str) -> None:
    """Refuse names that could escape a folder or mean different files on other systems.

    Raises:
        InputError: naming the member and the reason.
    """
    if not name:
        raise InputError("empty member name", where="(unnamed member)")
    if len(name) > _MAX_NAME_LENGTH:
        raise InputError(f"member name longer than {_MAX_NAME_LENGTH} characters", where=name)
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name):
        raise InputError("member name contains control characters", where=repr(name))
    if "\\" in name:
        raise InputError("member name contains a backslash", where=name)
    if name.startswith("/"):
        raise InputError("member name is an absolute path", where=name)
    if _DRIVE.match(name):
        raise InputError("member name starts with a drive letter", where=name)
    if name.endswith("/"):
        raise InputError("directory entries are not allowed", where=name)
    parts = name.split("/")
    if ".." in parts:
        raise InputError("member name contains '..' (path traversal)", where=name)
    if "" in parts or "." in parts:
        raise InputError("member name has empty or '.' path segments", where=name)


def fold_name(name: str) -> str:
    """The form under which two names would be the same file on macOS or Windows."""
    return unicodedata.normalize("NFC", name).casefold()


def write_zip(members: Sequence[ZipMember]) -> bytes:
    """Deterministic ZIP bytes of ``members``, in the given order.

    Raises:
        InputError: a bad or duplicate member name.
    """
    _check_unique([m.name for m in members])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member in members:
            check_member_name(member.name)
            info = zipfile.ZipInfo(member.name, date_time=FIXED_DATE_TIME)
            info.create_system = _UNIX
            info.external_attr = _REGULAR_0644
            info.compress_type = zipfile.ZIP_DEFLATED if member.compress else zipfile.ZIP_STORED
            archive.writestr(info, member.data, compresslevel=6)
    return buffer.getvalue()


def _check_unique(names: Sequence[str]) -> None:
    seen: dict[str, str] = {}
    for name in names:
        folded = fold_name(name)
        if folded in seen:
            other = seen[folded]
            detail = "duplicate member name" if other == name else f"clashes with {other!r}"
            raise InputError(detail, where=name)
        seen[folded] = name


class SafeZipReader:
    """Read a ZIP archive defensively; the central directory is checked on opening.

    Use as a context manager. ``names`` lists the members in archive order; ``read``
    and ``digest`` stream one member with the size caps applied.
    """

    def __init__(self, source: bytes | Path, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._where = "package" if isinstance(source, bytes) else str(source)
        self._handle = self._open_source(source)
        self._total_read = 0
        try:
            self._zip = zipfile.ZipFile(self._handle)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
            self._handle.close()
            raise InputError(f"not a readable ZIP container ({exc})", where=self._where) from exc
        try:
            self._infos = self._check_directory(self._zip.infolist())
        except BaseException:
            self.close()
            raise

    def _open_source(self, source: bytes | Path) -> BinaryIO:
        if isinstance(source, bytes):
            size = len(source)
            handle: BinaryIO = io.BytesIO(source)
        else:
            try:
                handle = open(source, "rb")  # noqa: SIM115  # closed in close()
            except OSError as exc:
                raise InputError(f"cannot open ({exc.strerror})", where=str(source)) from exc
            size = Path(source).stat().st_size
        if size > self.limits.max_archive_size:
            handle.close()
            raise InputError(
                f"archive of {size} bytes exceeds the limit of {self.limits.max_archive_size}",
                where=self._where,
            )
        return handle

    def __enter__(self) -> SafeZipReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the archive and its file handle."""
        if hasattr(self, "_zip"):
            self._zip.close()
        self._handle.close()

    @property
    def names(self) -> list[str]:
        """Member names in archive order (all of them passed the checks)."""
        return list(self._infos)

    def size(self, name: str) -> int:
        """Declared uncompressed size of a member."""
        return int(self._info(name).file_size)

    def read(self, name: str, max_size: int | None = None) -> bytes:
        """The whole member, refusing more than ``max_size`` (or the member limit)."""
        cap = self.limits.max_member_size if max_size is None else max_size
        info = self._info(name)
        if info.file_size > cap:
            raise InputError(f"member of {info.file_size} bytes exceeds {cap}", where=name)
        return b"".join(self._stream(info, cap))

    def digest(self, name: str) -> tuple[str, int]:
        """SHA-256 hex digest and actual size of a member, streamed in 64 KiB chunks."""
        hasher = hashlib.sha256()
        size = 0
        for chunk in self._stream(self._info(name), self.limits.max_member_size):
            hasher.update(chunk)
            size += len(chunk)
        return hasher.hexdigest(), size

    def _info(self, name: str) -> zipfile.ZipInfo:
        try:
            return self._infos[name]
        except KeyError:
            raise InputError("no such member in the archive", where=name) from None

    def _stream(self, info: zipfile.ZipInfo, cap: int) -> Iterator[bytes]:
        read = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    read += len(chunk)
                    self._total_read += len(chunk)
                    self._check_actual(info, read, cap)
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise InputError(f"corrupt member data ({exc})", where=info.filename) from exc
        if read != info.file_size:
            raise InputError(
                f"actual size {read} differs from declared size {info.file_size}",
                where=info.filename,
            )

    def _check_actual(self, info: zipfile.ZipInfo, read: int, cap: int) -> None:
        if read > info.file_size:
            raise InputError(
                f"actual size exceeds the declared {info.file_size} bytes", where=info.filename
            )
        if read > cap:
            raise InputError(f"member exceeds the size limit of {cap} bytes", where=info.filename)
        if self._total_read > self.limits.max_total_size:
            raise InputError(
                f"archive content exceeds {self.limits.max_total_size} bytes in total",
                where=info.filename,
            )

    # --- central directory checks -------------------------------------------------------

    def _check_directory(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        limits = self.limits
        if len(infos) > limits.max_members:
            raise InputError(
                f"{len(infos)} members exceed the limit of {limits.max_members}",
                where=self._where,
            )
        for info in infos:
            _check_entry(info, limits)
        _check_unique([info.filename for info in infos])
        total = sum(info.file_size for info in infos)
        if total > limits.max_total_size:
            raise InputError(
                f"declared content of {total} bytes exceeds {limits.max_total_size}",
                where=self._where,
            )
        _check_no_overlap(infos)
        return {info.filename: info for info in infos}


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.filename
    # note: ZipInfo silently cuts names at a NUL byte, so check the raw name too.
    check_member_name(info.orig_filename)
    check_member_name(name)
    _check_file_type(info)
    if info.flag_bits & 0x1 or info.flag_bits & 0x40:
        raise InputError("encrypted members are not allowed", where=name)
    if info.compress_type not in _ALLOWED_METHODS:
        raise InputError(f"compression method {info.compress_type} is not allowed", where=name)
    if info.file_size > limits.max_member_size:
        raise InputError(
            f"declared size {info.file_size} exceeds the limit of {limits.max_member_size}",
            where=name,
        )
    _check_ratio(info, limits)


def _check_file_type(info: zipfile.ZipInfo) -> None:
    if info.create_system != _UNIX:
        return  # note: only Unix "made by" values carry file-type bits
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if file_type == stat.S_IFLNK:
        raise InputError("symbolic links are not allowed", where=info.filename)
    if file_type not in (0, stat.S_IFREG):
        raise InputError(f"not a regular file (type {file_type:o})", where=info.filename)


def _check_ratio(info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size < limits.ratio_floor:
        return
    ratio = info.file_size / max(info.compress_size, 1)
    if ratio > limits.max_ratio:
        raise InputError(
            f"compression ratio {ratio:.0f}:1 is typical of a zip bomb "
            f"(limit {limits.max_ratio:.0f}:1)",
            where=info.filename,
        )


def _check_no_overlap(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse entries that share or overlap their data (the "better zip bomb" trick)."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for current, following in zip(ordered, ordered[1:], strict=False):
        name_len = len(current.orig_filename)  # characters ≤ bytes: a lower bound
        minimum_end = current.header_offset + _LOCAL_HEADER_SIZE + name_len + current.compress_size
        if following.header_offset < minimum_end:
            raise InputError("member data overlaps another member", where=following.filename)
