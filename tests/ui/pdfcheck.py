"""Reading printouts back as a person (and an office's scanner) would: text, glyph size, pages.

``pdftotext`` gives the text; ``pdftotext -bbox`` each word's box, whose height poppler
computes as (ascent - descent) × font size from the font descriptor, so the size in
points is the height divided by that font's (ascent - descent) read from the PDF. Page
images (``pdftoppm``) go to build/printouts/ for a person to look at.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "build" / "printouts"
_DESCRIPTOR = re.compile(
    rb"/FontName\s*/(?:[A-Z]{6}\+)?([\w-]+).*?/Ascent\s+(-?[\d.]+)\s*/Descent\s+(-?[\d.]+)", re.S
)
_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def clean(text: str) -> str:
    """NFKC (Arabic presentation forms, CJK radicals, ligatures → plain letters)."""
    text = unicodedata.normalize("NFKC", text)
    # Format characters go, and so do combining marks (Arabic shadda, vowel signs): a
    # mark is drawn as its own glyph and pdftotext may attach it to the neighbour letter.
    return "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Mn"))


def squash(text: str) -> str:
    """``clean`` without white space (a line break may split a text) and brackets
    (pdftotext leaves mirrored brackets of right-to-left lines unmirrored)."""
    return re.sub(r"[\s()\[\]]+", "", clean(text))


def contains(whole: str, item: str, rtl: bool) -> bool:
    """``item`` in the squashed text ``whole``; on right-to-left pages each run of one
    direction separately, since pdftotext rebuilds a mixed line in its own bidi order."""
    wanted = squash(item)
    if not rtl or wanted in whole:
        return wanted in whole
    wanted = wanted.replace(".", "")
    whole = whole.replace(".", "")
    runs = re.findall(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+|[^\u0600-\u06ff]+", wanted)
    return all(run.strip(".:·—") in whole for run in runs)


def text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True)
    return clean(out.stdout.decode("utf-8"))


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True)
    pairs = (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in pairs}


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


class _BBoxParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.words: list[Word] = []
        self.page = 0
        self._box: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "page":
            self.page += 1
        elif tag == "word":
            self._box = {k: v or "" for k, v in attrs}

    def handle_data(self, data: str) -> None:
        if self._box is not None:
            b = self._box
            self.words.append(
                Word(
                    clean(data),
                    self.page,
                    float(b["xmin"]),
                    float(b["ymin"]),
                    float(b["xmax"]),
                    float(b["ymax"]),
                )
            )

    def handle_endtag(self, tag: str) -> None:
        if tag == "word":
            self._box = None


def words(pdf: Path) -> list[Word]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True)
    parser = _BBoxParser()
    parser.feed(out.stdout.decode("utf-8"))
    return parser.words


def font_ratios(pdf: Path) -> dict[str, float]:
    """(ascent - descent) per em of each embedded font, by font name."""
    data = pdf.read_bytes()
    return {
        m.group(1).decode(): (float(m.group(2)) - float(m.group(3))) / 1000
        for m in _DESCRIPTOR.finditer(data)
    }


def script(word: str) -> str:
    arabic, cjk = bool(_ARABIC.search(word)), bool(_CJK.search(word))
    latin = bool(re.search(r"[A-Za-z0-9\u00c0-\u024f\u0400-\u04ff]", word))
    if arabic + cjk + latin != 1:
        return "mixed"
    return "arabic" if arabic else "cjk" if cjk else "latin"


def point_size(word: Word, ratios: dict[str, float]) -> float | None:
    """The word's font size in points; None for a word mixing scripts (two fonts)."""
    kind = script(word.text)
    if kind == "mixed":
        return None
    wanted = {"arabic": "Arabic", "cjk": "CJK", "latin": "NotoSans-"}[kind]
    matches = [r for name, r in ratios.items() if wanted in name]
    if not matches:
        return None
    return word.height / matches[0]


def save_images(pdf: Path, stem: str, dpi: int = 70) -> list[Path]:
    """Every page as build/printouts/<stem>-<n>.png; returns the files."""
    IMAGES.mkdir(parents=True, exist_ok=True)
    for old in IMAGES.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(IMAGES / stem)], check=True)
    return sorted(IMAGES.glob(f"{stem}-*.png"))
