"""What the frozen build weighs, part by part, and the size of its download archive.

    python tools/build_report.py dist/filingassist [--archive OUT.tar.gz] [--max-mb 80]

Prints one row per part (Qt libraries, ICU data, plugins, Python, cryptography, …) with
its size on disk and in the archive (each file gzip-compressed alone: close to its share
of the tar.gz). With ``--archive`` it writes the tar.gz a user downloads and, with
``--max-mb``, exits 1 when that archive is larger than the goal (CI runs it so).
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import zlib
from collections import defaultdict
from pathlib import Path

#: (part, pattern on the path inside _internal/), first match wins.
PARTS = (
    ("ICU data (libicudata)", r"libicudata"),
    ("ICU code (libicuuc, libicui18n)", r"libicu"),
    ("Qt plugins", r"^PySide6/Qt/plugins/"),
    ("Qt translations", r"^PySide6/Qt/translations/"),
    ("Qt libraries", r"^PySide6/Qt/lib/"),
    ("PySide6/shiboken bindings", r"^(PySide6|shiboken6)/"),
    ("Python (libpython, stdlib extensions, base_library)", r"^(libpython|python3|base_library)"),
    ("cryptography", r"^cryptography"),
    ("lxml", r"^lxml/"),
    ("office server (pydantic_core)", r"^pydantic_core/"),
    ("babel CLDR data", r"^babel/"),
    ("app data (forms, resources, examples)", r"^(forms|resources|examples)/"),
    ("system libraries (X11, xcb, fontconfig, OpenSSL, …)", r"^lib[^/]*\.so"),
    ("other Python packages", r""),
)


def part_of(relative: str) -> str:
    for name, pattern in PARTS:
        if re.search(pattern, relative):
            return name
    return PARTS[-1][0]


def measure(folder: Path) -> dict[str, list[int]]:
    """Part → [bytes on disk, bytes compressed, files]."""
    internal = folder / "_internal"
    sizes: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        if path.is_relative_to(internal):
            part = part_of(path.relative_to(internal).as_posix())
        else:
            part = "executable (bootloader + Python code archive)"
        data = path.read_bytes()
        row = sizes[part]
        row[0] += len(data)
        row[1] += len(zlib.compress(data, 6))
        row[2] += 1
    return sizes


def write_archive(folder: Path, out: Path) -> int:
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    return out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the build folder (dist/filingassist)")
    parser.add_argument("--archive", type=Path, help="write the download archive (.tar.gz)")
    parser.add_argument("--max-mb", type=float, help="fail when the archive is larger (MB)")
    args = parser.parse_args(argv)
    sizes = measure(args.folder)
    mb = 1_000_000
    print(f"{'part':<56} {'files':>6} {'disk MB':>8} {'gzip MB':>8}")
    for part, (disk, packed, files) in sorted(sizes.items(), key=lambda kv: -kv[1][0]):
        print(f"{part:<56} {files:>6} {disk / mb:>8.1f} {packed / mb:>8.1f}")
    total = [sum(v[i] for v in sizes.values()) for i in range(3)]
    print(f"{'total':<56} {total[2]:>6} {total[0] / mb:>8.1f} {total[1] / mb:>8.1f}")
    if not args.archive:
        return 0
    size = write_archive(args.folder, args.archive)
    goal = f" (goal ≤ {args.max_mb:g} MB)" if args.max_mb else ""
    print(f"archive {args.archive.name}: {size / mb:.1f} MB{goal}")
    if args.max_mb and size > args.max_mb * mb:
        print(f"archive too large: {size / mb:.1f} MB > {args.max_mb:g} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
