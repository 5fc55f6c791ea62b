"""Attachments are what they claim: the bytes match the declared media type, and an
image's header agrees with its data (a PNG whose pixels do not fill the size it declares,
a JPEG cut short, a PDF renamed to .png are refused before an office refuses them)."""

from __future__ import annotations

import functools
import struct
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from filingassist.i18n import N_
from filingassist.rules.registry import Hit, RuleContext, check
from filingassist.rules.ruledefs import RuleDef

#: media type → predicates on the first bytes (any one matches)
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
    "application/pdf": (b"%PDF-",),
    "audio/mpeg": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"),
}
#: PNG colour type → channels (bit depth 8 or 16 multiplies)
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
MAX_INFLATE = 512 * 1024 * 1024  # an image needing more is refused as a decompression bomb


def _attachments(ctx: RuleContext) -> Iterator[tuple[str, dict[str, Any]]]:
    """(concrete path, reference) of every attachment field of the form that has a value."""
    for f in ctx.form.fields:
        if not f.ftype.is_file():
            continue
        if not f.group:
            value = ctx.get(f.path)
            if isinstance(value, dict):
                yield f.path, value
            continue
        if "." in f.group:
            continue  # no nested groups hold files in the shipped forms
        for path, item in ctx.items(f.group):
            value = item.get(f.key)
            if isinstance(value, dict):
                yield f"{path}.{f.key}", value


def content_problem(media_type: str, data: bytes) -> str:
    """'' when ``data`` is a plausible file of ``media_type``, else what is wrong (English)."""
    magic = SIGNATURES.get(media_type)
    if magic is not None and not data.startswith(magic):
        return "signature"
    if media_type == "video/mp4" and data[4:8] != b"ftyp":
        return "signature"
    check_body = _BODY_CHECKS.get(media_type)
    return check_body(data) if check_body is not None else ""


def _png(data: bytes) -> str:
    """Chunks are whole, IHDR first, IEND last; the pixel data fills the declared size."""
    pos, header, idat = 8, b"", []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length or len(data) < pos + 12 + length:
            return "truncated"
        if not header and kind != b"IHDR":
            return "header"
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            return _png_pixels(header, b"".join(idat))
        pos += 12 + length
    return "truncated"


def _png_pixels(header: bytes, compressed: bytes) -> str:
    if len(header) != 13:
        return "header"
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    channels = _PNG_CHANNELS.get(colour)
    if not width or not height or channels is None or interlace not in (0, 1):
        return "header"
    row = 1 + (width * channels * depth + 7) // 8
    expected = row * height if interlace == 0 else None
    if expected is not None and expected > MAX_INFLATE:
        return "size"
    inflater = zlib.decompressobj()
    try:
        pixels = inflater.decompress(compressed, (expected or MAX_INFLATE) + 1)
    except zlib.error:
        return "size"
    if expected is not None and len(pixels) != expected:
        return "size"
    return ""


def _jpeg(data: bytes) -> str:
    """A frame header (SOF) with a size, and the end-of-image marker."""
    if not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        return "truncated"
    i = 2
    while i + 9 < len(data) and data[i] == 0xFF:
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return "" if width and height else "header"
        i += 2 + length
    return "header"


def _gif(data: bytes) -> str:
    if len(data) < 13:
        return "truncated"
    width, height = struct.unpack("<HH", data[6:10])
    if not width or not height:
        return "header"
    return "" if data.rstrip(b"\x00").endswith(b"\x3b") else "truncated"


def _pdf(data: bytes) -> str:
    return "" if b"%%EOF" in data[-1024:] else "truncated"


_BODY_CHECKS: dict[str, Callable[[bytes], str]] = {
    "image/png": _png,
    "image/jpeg": _jpeg,
    "image/gif": _gif,
    "application/pdf": _pdf,
}
_MESSAGES = {
    "signature": N_("{name} is not a {type} file: its content does not match its type."),
    "header": N_("{name}: the image header is damaged (no valid width and height)."),
    "size": N_("{name}: the image data does not match the size its header declares."),
    "truncated": N_("{name} is incomplete: the file ends before its last part."),
}


@check("attachment_content")
def attachment_content(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Every attached file whose bytes are at hand is checked once (cached by digest)."""
    for path, ref in _attachments(ctx):
        media_type = str(ref.get("media_type", ""))
        problem = ctx.derived(
            f"content:{media_type}", ref, functools.partial(content_problem, media_type)
        )
        if problem:
            yield Hit(
                path,
                {"name": ref.get("name", ""), "type": media_type},
                message=_MESSAGES[problem],
            )
