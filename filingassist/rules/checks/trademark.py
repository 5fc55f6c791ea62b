"""Checks of the national trademark application: representation files per office table."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Any

from filingassist.i18n import N_
from filingassist.model.findings import Severity
from filingassist.rules import refapi
from filingassist.rules.registry import Hit, RuleContext, check
from filingassist.rules.ruledefs import RuleDef

#: media type → the format names the office tables use
FORMAT_OF = {
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/gif": "gif",
    "image/tiff": "tiff",
    "audio/mpeg": "mp3",
    "video/mp4": "mp4",
    "model/stl": "stl",
    "model/obj": "obj",
    "model/x3d+xml": "x3d",
}


#: mark type → the type whose file rules apply when an office's table has no row for it
#: (offices such as the EUIPO file a word-and-device mark as a figurative mark)
SAME_FILE_RULES = {"combined": "figurative"}
#: mark types every office table has a row for (to tell "no table" from "no row")
TABLED_PROBE = ("word", "figurative")


def _image_rule(ctx: RuleContext) -> Any:
    office, kind = ctx.get("office"), ctx.get("mark.type")
    if not isinstance(office, str) or not isinstance(kind, str):
        return None
    found = refapi.mark_image_rule(office, kind)
    if found is None and kind in SAME_FILE_RULES:
        found = refapi.mark_image_rule(office, SAME_FILE_RULES[kind])
    return found


@check("image_table")
def image_table(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """An office with a file table but no row for this type of mark: say the file cannot
    be checked, instead of passing it silently."""
    office, kind = ctx.get("office"), ctx.get("mark.type")
    if not isinstance(office, str) or not isinstance(kind, str) or _image_rule(ctx) is not None:
        return
    tabled = any(refapi.mark_image_rule(office, k) is not None for k in TABLED_PROBE)
    if tabled and ctx.form.field("mark.type") is not None:
        yield Hit("mark.type", {"office": office, "type": kind})


@check("image_format")
def image_format(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    ref, table = ctx.get("mark.image"), _image_rule(ctx)
    if not isinstance(ref, dict) or table is None or not table.formats:
        return
    fmt = FORMAT_OF.get(str(ref.get("media_type")), str(ref.get("media_type")))
    if fmt not in table.formats:
        yield Hit(
            "mark.image",
            {
                "format": fmt,
                "office": table.office,
                "type": table.mark_type,
                "allowed": ", ".join(table.formats),
            },
        )


@check("image_size")
def image_size(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """File size limit and pixel limits per side (a warning where they are only recommended)."""
    ref, table = ctx.get("mark.image"), _image_rule(ctx)
    if not isinstance(ref, dict) or table is None:
        return
    size = ref.get("size")
    if table.max_bytes and isinstance(size, int) and size > table.max_bytes:
        yield Hit("mark.image", {"size": size, "max": table.max_bytes, "office": table.office})
    dims = ctx.derived("dimensions", ref, image_dimensions)
    if dims is None or not (table.min_px or table.max_px):
        return
    low, high = table.min_px or 0, table.max_px or 10**9
    if not all(low <= side <= high for side in dims):
        yield Hit(
            "mark.image",
            {"width": dims[0], "height": dims[1], "min": low, "max": high},
            severity=Severity.WARNING if table.px_recommended_only else None,
            message=N_(
                "The image is {width}\u00d7{height} pixels; each side should be {min}-{max} pixels."
            ),
        )


def image_dimensions(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG or JPEG from its header (no image library needed)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if data[:2] != b"\xff\xd8":
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return int(w), int(h)
        i += 2 + length
    return None


@check("tm_colour_claim")
def tm_colour_claim(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """A colour claim names the colours and needs a representation that shows them."""
    if ctx.get("mark.colour_claimed") is not True:
        return
    if not isinstance(ctx.get("mark.colours"), str) or not ctx.get("mark.colours", "").strip():
        yield Hit("mark.colours")
    if ctx.get("mark.type") == "word":
        yield Hit(
            "mark.colour_claimed",
            message=N_("A word mark cannot claim colour; choose a figurative or combined mark."),
        )


@check("reference_format")
def reference_format(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """The office's limit on the applicant's reference (EUIPO: 30 characters, no spaces)."""
    ref, office = ctx.get("reference"), ctx.get("office")
    if not isinstance(ref, str) or not ref or not isinstance(office, str):
        return
    limit = refapi.reference_max_chars(office)
    if limit is not None and (len(ref) > limit or " " in ref):
        yield Hit("reference", {"max": limit, "office": office})
