"""The ZIP container: deterministic writing; every hostile archive refused, its member named.

Each hostile case is a crafted archive built in memory (or in the test's tmp dir); the
reader never writes anything, which the zip-slip test checks on disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from filingassist.errors import InputError
from filingassist.packaging.container import (
    Limits,
    SafeZipReader,
    ZipMember,
    check_member_name,
    write_zip,
)


def _zip(*entries: tuple[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates we craft
        with zipfile.ZipFile(buffer, "w", compression=method) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


def _zip_info(info: zipfile.ZipInfo, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(info, data)
    return buffer.getvalue()


def _patch_headers(blob: bytes, name: bytes, **fields: int) -> bytes:
    """Rewrite fields of ``name``'s local and central headers (flags, sizes, offset)."""
    out = bytearray(blob)
    local = {"flags": 6, "compressed": 18, "uncompressed": 22}
    central = {"flags": 8, "compressed": 20, "uncompressed": 24, "offset": 42}
    for signature, offsets, name_at in ((b"PK\x03\x04", local, 30), (b"PK\x01\x02", central, 46)):
        start = 0
        while (pos := out.find(signature, start)) >= 0:
            start = pos + 4
            if bytes(out[pos + name_at : pos + name_at + len(name)]) != name:
                continue
            for field, value in fields.items():
                if field in offsets:
                    fmt = "<H" if field == "flags" else "<I"
                    struct.pack_into(fmt, out, pos + offsets[field], value)
    return bytes(out)


def _refused(blob: bytes | Path, member: str, reason: str, limits: Limits | None = None) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        SafeZipReader(blob, limits).close()
    assert member in caught.value.where


# --- the writer -------------------------------------------------------------------------


MEMBERS = [
    ZipMember("manifest.json", b'{"a":1}'),
    ZipMember("signature.p7s", b"\x30\x80sig", compress=False),
    ZipMember("attachments/mark.png", b"\x89PNG" + bytes(range(256)) * 10, compress=False),
    ZipMember("application.xml", b"<a>" + b"x" * 5000 + b"</a>"),
]


def test_writer_is_deterministic_and_fixed() -> None:
    first = write_zip(MEMBERS)
    assert write_zip(MEMBERS) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [m.name for m in MEMBERS]
        for info, member in zip(infos, MEMBERS, strict=True):
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.create_system == 3
            assert stat.S_IMODE(info.external_attr >> 16) == 0o644
            assert stat.S_ISREG(info.external_attr >> 16)
            assert info.extra == b""
            expected = zipfile.ZIP_DEFLATED if member.compress else zipfile.ZIP_STORED
            assert info.compress_type == expected
            assert archive.read(info) == member.data


def test_writer_order_is_the_callers() -> None:
    assert write_zip(MEMBERS) != write_zip(list(reversed(MEMBERS)))


def test_writer_refuses_bad_and_duplicate_names() -> None:
    with pytest.raises(InputError, match=r"'\.\.'"):
        write_zip([ZipMember("../x", b"")])
    with pytest.raises(InputError, match="clashes with 'A.txt'"):
        write_zip([ZipMember("A.txt", b""), ZipMember("a.txt", b"")])


def test_reader_round_trip_and_digest() -> None:
    blob = write_zip(MEMBERS)
    with SafeZipReader(blob) as reader:
        assert reader.names == [m.name for m in MEMBERS]
        for member in MEMBERS:
            assert reader.read(member.name) == member.data
            digest, size = reader.digest(member.name)
            assert size == len(member.data) == reader.size(member.name)
            assert digest == hashlib.sha256(member.data).hexdigest()
        with pytest.raises(InputError, match="no such member"):
            reader.read("missing.txt")
        with pytest.raises(InputError, match="exceeds 10"):
            reader.read("application.xml", max_size=10)


def test_reader_from_path(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(write_zip(MEMBERS))
    with SafeZipReader(path) as reader:
        assert reader.read("manifest.json") == b'{"a":1}'


# --- hostile names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.txt", "path traversal"),
        ("docs/../../evil.txt", "path traversal"),
        ("/etc/passwd", "absolute path"),
        ("docs\\..\\evil.txt", "backslash"),
        ("C:/Windows/evil.dll", "drive letter"),
        ("c:evil", "drive letter"),
        ("docs/", "directory entries"),
        ("docs//x.txt", "empty or '.'"),
        ("./x.txt", "empty or '.'"),
        ("x\x07.txt", "control characters"),
    ],
)
def test_hostile_member_names_are_refused(name: str, reason: str) -> None:
    where = repr(name) if reason == "control characters" else name
    _refused(_zip(("ok.txt", b"fine"), (name, b"payload")), where, reason)


def test_name_check_function() -> None:
    check_member_name("attachments/description.pdf")
    with pytest.raises(InputError, match="empty member name"):
        check_member_name("")
    with pytest.raises(InputError, match="longer than"):
        check_member_name("a" * 300)


def test_nul_byte_in_name_is_refused() -> None:
    blob = _zip(("a.txtXevil.sh", b"x")).replace(b"a.txtXevil.sh", b"a.txt\x00evil.sh")
    _refused(blob, "a.txt", "control characters")


def test_zip_slip_never_writes_outside(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    blob = _zip(("../escaped.txt", b"gotcha"), ("/tmp/abs-escaped.txt", b"gotcha"))
    cwd = os.getcwd()
    os.chdir(work)
    try:
        with pytest.raises(InputError):
            SafeZipReader(blob)
    finally:
        os.chdir(cwd)
    assert not (tmp_path / "escaped.txt").exists()
    assert list(work.iterdir()) == []


def test_duplicate_names_are_refused() -> None:
    _refused(_zip(("a.txt", b"1"), ("a.txt", b"2")), "a.txt", "duplicate member name")


def test_names_equal_ignoring_case_are_refused() -> None:
    _refused(_zip(("Claims.pdf", b"1"), ("claims.PDF", b"2")), "claims.PDF", "clashes")


# --- hostile entries --------------------------------------------------------------------


def _unix_entry(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def test_symlink_is_refused() -> None:
    blob = _zip_info(_unix_entry("link", stat.S_IFLNK | 0o777), b"/etc/passwd")
    _refused(blob, "link", "symbolic links")


def test_other_special_files_are_refused() -> None:
    blob = _zip_info(_unix_entry("fifo", stat.S_IFIFO | 0o644), b"")
    _refused(blob, "fifo", "not a regular file")


def test_encrypted_member_is_refused() -> None:
    blob = _patch_headers(_zip(("secret.pdf", b"%PDF-1.7 ...")), b"secret.pdf", flags=0x1)
    _refused(blob, "secret.pdf", "encrypted")


def test_unsupported_compression_is_refused() -> None:
    blob = _zip(("x.xml", b"<x/>" * 100), method=zipfile.ZIP_BZIP2)
    _refused(blob, "x.xml", "compression method 12")


def test_too_many_members_are_refused() -> None:
    blob = _zip(*((f"f{i}.txt", b"x") for i in range(Limits().max_members + 1)))
    _refused(blob, "package", "1001 members exceed the limit of 1000")
    _refused(
        _zip(*((f"f{i}", b"") for i in range(6))), "package", "6 members", Limits(max_members=5)
    )


def test_declared_size_beyond_limit_is_refused() -> None:
    blob = _patch_headers(_zip(("big.pdf", b"x" * 100)), b"big.pdf", uncompressed=2**31)
    _refused(blob, "big.pdf", "declared size 2147483648 exceeds")


def test_declared_total_beyond_limit_is_refused() -> None:
    limits = Limits(max_member_size=1000, max_total_size=1500)
    blob = _zip(("a.bin", os.urandom(800)), ("b.bin", os.urandom(800)))
    _refused(blob, "package", "declared content of 1600 bytes", limits)


def test_zip_bomb_ratio_is_refused() -> None:
    blob = _zip(("bomb.xml", bytes(20 * 1024 * 1024)))
    assert len(blob) < 100_000
    _refused(blob, "bomb.xml", "typical of a zip bomb")


def test_small_repetitive_members_are_not_bombs() -> None:
    with SafeZipReader(_zip(("empty.json", b" " * 10_000))) as reader:
        assert reader.read("empty.json") == b" " * 10_000


def test_actual_size_beyond_declared_is_refused() -> None:
    # the header claims 100 bytes, the stream inflates to 50,000: never more than 100 is read
    blob = _patch_headers(_zip(("liar.xml", b"<a/>" * 12_500)), b"liar.xml", uncompressed=100)
    reader = SafeZipReader(blob, Limits(max_ratio=1e9))
    with reader, pytest.raises(InputError, match="corrupt member data|differs") as caught:
        reader.read("liar.xml")
    assert caught.value.where == "liar.xml"


def test_actual_size_below_declared_is_refused() -> None:
    blob = _patch_headers(
        _zip(("short.pdf", b"%PDF" * 10), method=zipfile.ZIP_STORED),
        b"short.pdf",
        uncompressed=30,
    )
    with SafeZipReader(blob) as reader, pytest.raises(InputError) as caught:
        reader.digest("short.pdf")
    assert caught.value.where == "short.pdf"


def test_streaming_total_limit_is_enforced() -> None:
    blob = _zip(("a.bin", os.urandom(600)), ("b.bin", os.urandom(600)))
    # declared totals pass (checked with a generous limit), the running total trips
    with SafeZipReader(blob) as reader:
        object.__setattr__(reader, "limits", Limits(max_total_size=1000))
        reader.read("a.bin")
        with pytest.raises(InputError, match="in total") as caught:
            reader.read("b.bin")
    assert caught.value.where == "b.bin"


def test_overlapping_members_are_refused() -> None:
    blob = _zip(("first.pdf", os.urandom(500)), ("second.pdf", os.urandom(500)))
    blob = _patch_headers(blob, b"second.pdf", offset=0)
    _refused(blob, "second.pdf", "overlaps")


def test_archive_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(_zip(("a.bin", os.urandom(5000))))
    _refused(path, str(path), "exceeds the limit", Limits(max_archive_size=1000))


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    _refused(b"%PDF-1.7 not a zip", "package", "not a readable ZIP")
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK\x03\x04 truncated")
    _refused(path, "x.zip", "not a readable ZIP")
    _refused(tmp_path / "missing.zip", "missing.zip", "cannot open")


def test_crc_mismatch_names_member() -> None:
    blob = bytearray(_zip(("doc.pdf", b"%PDF-1.7 hello world"), method=zipfile.ZIP_STORED))
    blob[blob.find(b"hello")] ^= 0x20
    with SafeZipReader(bytes(blob)) as reader, pytest.raises(InputError, match="CRC") as caught:
        reader.read("doc.pdf")
    assert caught.value.where == "doc.pdf"
