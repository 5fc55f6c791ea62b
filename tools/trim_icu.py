"""Trim ICU's data library to the app's six languages (build.spec calls ``trim``).

PySide6 ships ``libicudata.so.NN``: one exported symbol, ``icudtNN_dat``, holding ICU's whole
data package (32 MB for ICU 73: collation, names and units for ~800 locales, legacy charset
converters, transliteration rules). Qt uses ICU for collation, case mapping and time zone
names; the app needs them for English, French, Spanish, Arabic, Chinese and Russian only.

``trim`` copies the symbol's bytes out of the library (readelf gives where they are), removes
with ``icupkg`` (Debian: icu-devtools) the locale data of other languages, the legacy
converters (``*.cnv``; the app reads and writes UTF-8 only) and the transliterator rules,
and assembles a new library with the same soname exporting the same symbol (gcc). What is
kept: every language-independent item (Unicode properties, normalization, case mapping,
time zones, break rules and dictionaries) and, in every tree, the locales of KEEP.

    python tools/trim_icu.py LIBICUDATA OUTDIR     # prints the new library's path
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

#: ICU locale ids kept in every data tree (parents included: root, zh → zh_Hans → zh_Hans_CN).
KEEP = frozenset(
    {
        "root",
        "en", "en_001", "en_US", "en_US_POSIX",
        "fr", "fr_FR",
        "es", "es_419", "es_ES",
        "ar", "ar_001", "ar_SA",
        "zh", "zh_CN", "zh_Hans", "zh_Hans_CN", "zh_Hant",
        "ru", "ru_RU",
    }
)  # fmt: skip
#: A locale resource: "de", "sr_Latn_BA", "de_" (an alias) — not "pool", "metadata", "plurals".
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
TOOLS = ("readelf", "icupkg", "gcc")


class TrimError(RuntimeError):
    pass


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(args, capture_output=True, text=True, cwd=cwd)
    if done.returncode != 0:
        raise TrimError(f"{' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    return done.stdout


def _symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol."""
    syms = _run("readelf", "--dyn-syms", "-W", str(lib))
    m = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)", syms
    )
    if not m:
        raise TrimError(f"{lib}: no icudtNN_dat symbol")
    value, size, index, name = int(m.group(1), 16), int(m.group(2), 0), m.group(3), m.group(4)
    sections = _run("readelf", "-S", "-W", str(lib))
    s = re.search(rf"\[\s*{index}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not s:
        raise TrimError(f"{lib}: section {index} not found")
    address, offset = int(s.group(1), 16), int(s.group(2), 16)
    return name, value - address + offset, size


def removable(item: str) -> bool:
    """True for data the app never loads (see the module docstring)."""
    parts = item.split("/")
    stem, _, ext = parts[-1].rpartition(".")
    if parts[0] == "translit" or ext == "cnv":
        return True
    return ext == "res" and bool(LOCALE.match(stem)) and stem not in KEEP


def trim(lib: Path, outdir: Path) -> Path:
    """Write a trimmed copy of ``lib`` (same file name) into ``outdir``; return its path."""
    name, offset, size = _symbol(lib)
    package = name.removesuffix("_dat") + "l"  # icudt73l: little-endian data package
    outdir.mkdir(parents=True, exist_ok=True)
    dat = outdir / f"{package}.dat"
    with open(lib, "rb") as fh:
        fh.seek(offset)
        dat.write_bytes(fh.read(size))
    items = _run("icupkg", "-l", str(dat)).split()
    drop = [item for item in items if removable(item)]
    (outdir / "remove.txt").write_text("\n".join(drop) + "\n")
    _run("icupkg", "-r", str(outdir / "remove.txt"), str(dat))
    (outdir / "icudata.S").write_text(
        f"""    .section .rodata
    .globl {name}
    .type {name}, @object
    .balign 16
{name}:
    .incbin "{dat.name}"
    .size {name}, . - {name}
    .section .note.GNU-stack,"",@progbits
"""
    )
    out = outdir / lib.name
    soname = re.search(r"SONAME\)\s+Library soname: \[([^\]]+)\]", _run("readelf", "-d", str(lib)))
    _run(
        "gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname.group(1) if soname else lib.name}",
        "-o", str(out), "icudata.S", cwd=outdir,
    )  # fmt: skip
    return out


if __name__ == "__main__":
    print(trim(Path(sys.argv[1]), Path(sys.argv[2])))
