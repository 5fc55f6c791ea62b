"""Image checks read the attachment's pixel size (PNG/JPEG header) through the blob getter."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from filingassist.model.jsonio import read_file
from filingassist.rules import validate_document
from filingassist.rules.checks.trademark import image_dimensions

ROOT = Path(__file__).resolve().parents[2]


def png(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


def jpeg(width: int, height: int) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 4) + b"JF" + sof + b"\xff\xd9"


def test_dimensions_from_headers() -> None:
    assert image_dimensions(png(640, 480)) == (640, 480)
    assert image_dimensions(jpeg(300, 1200)) == (300, 1200)
    assert image_dimensions(b"GIF89a") is None


def test_uspto_pixel_range_is_a_warning_when_only_recommended() -> None:
    doc = read_file(ROOT / "examples" / "trademark.json").document
    doc.data["office"] = "US"
    doc.data["reference"] = "ORB-US-1"
    doc.data["mark"]["type"] = "figurative"
    image = jpeg(100, 2000)
    doc.data["mark"]["image"] = {
        "sha256": "e" * 64,
        "name": "m.jpg",
        "media_type": "image/jpeg",
        "size": len(image),
    }
    found = validate_document(doc, blobs={"e" * 64: image}.get)
    assert [(f.code, f.severity.value, f.params.get("width")) for f in found] == [
        ("TM-IMAGE-SIZE", "warning", 100)
    ]
    doc.data["mark"]["image"]["sha256"] = "f" * 64
    assert validate_document(doc, blobs={"f" * 64: jpeg(500, 500)}.get) == []
