"""Pack, sign and verify many synthetic filing packages; print throughput and peak memory.

Goal (issue "Signed filing packages"): signing throughput limited by hashing, at least
50 packages/s with a 1 MB attachment each, and peak memory independent of the number of
packages. Each package is built, (optionally written atomically), verified and dropped
before the next, so a growing peak RSS between 10 % and 100 % of the run means a leak.

    /work/venv/bin/python bench/pack.py [--count 1000] [--size 1048576] [--write DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec, rsa

from filingassist.packaging.keys import Signer, self_signed_certificate
from filingassist.packaging.package import PackageFile, build_package, write_package
from filingassist.packaging.verify import verify_package


@dataclass
class Timings:
    pack: float = 0.0
    write: float = 0.0
    verify: float = 0.0


def make_signer(algorithm: str) -> Signer:
    """An in-memory key (the store's PKCS#12 unlock is a once-per-batch cost)."""
    key = (
        ec.generate_private_key(ec.SECP256R1())
        if algorithm == "ec-p256"
        else rsa.generate_private_key(public_exponent=65537, key_size=3072)
    )
    now = dt.datetime.now(dt.UTC)
    cert = self_signed_certificate(
        key, "Bench Signer", None, now - dt.timedelta(days=1), now + dt.timedelta(days=1)
    )
    return Signer(name="bench", key=key, cert=cert)


def package_files(index: int, attachment: bytes) -> list[PackageFile]:
    """A realistic small filing: ST.96 XML, the application JSON and one 1 MB PDF."""
    ref = f"BENCH-{index:06d}"
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmk:TrademarkApplication>'
        f"<com:ApplicantFileReference>{ref}</com:ApplicantFileReference>"
        + "<tmk:GoodsServices>computer software</tmk:GoodsServices>" * 200
        + "</tmk:TrademarkApplication>\n"
    ).encode()
    doc = f'{{"reference":"{ref}","kind":"tm.application","mark":"ACME {index}"}}'.encode()
    # note: a per-package prefix makes every attachment distinct, as in real batches
    pdf = index.to_bytes(8, "big") + attachment[8:]
    return [
        PackageFile("application.xml", xml, "application/xml"),
        PackageFile("application.json", doc, "application/json"),
        PackageFile("attachments/description.pdf", pdf, "application/pdf"),
    ]


def meta(index: int) -> dict[str, object]:
    return {
        "kind": "tm.application",
        "applicant_reference": f"BENCH-{index:06d}",
        "created": "2026-11-25T12:00:00+00:00",
        "software": {"name": "filingassist", "version": "bench"},
        "fee_quote": {"currency": "EUR", "total": "850.00"},
        "signature_text": "/Bench Signer/",
        "warnings": [],
    }


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(count: int, size: int, algorithm: str, out_dir: Path | None) -> None:
    signer = make_signer(algorithm)
    attachment = os.urandom(size)
    signing_time = dt.datetime.now(dt.UTC).replace(microsecond=0)
    timings = Timings()
    rss_at_tenth = 0.0
    for index in range(count):
        files = package_files(index, attachment)
        t0 = time.perf_counter()
        built = build_package(files, meta(index), signer, signing_time)
        t1 = time.perf_counter()
        source: bytes | Path = built.data
        if out_dir is not None:
            source = write_package(built, out_dir / f"{built.package_id}.zip")
        t2 = time.perf_counter()
        report = verify_package(source)
        t3 = time.perf_counter()
        if not report.ok or report.package_id != built.package_id:
            raise SystemExit(f"package {index} did not verify: {report.problems}")
        if isinstance(source, Path):
            source.unlink()
        timings.pack += t1 - t0
        timings.write += t2 - t1
        timings.verify += t3 - t2
        del built, files, source, report
        if index + 1 == max(1, count // 10):
            rss_at_tenth = peak_rss_mib()
    print_table(count, size, algorithm, out_dir, timings, rss_at_tenth, peak_rss_mib())


def print_table(
    count: int,
    size: int,
    algorithm: str,
    out_dir: Path | None,
    timings: Timings,
    rss_at_tenth: float,
    rss_end: float,
) -> None:
    mib = size / (1024 * 1024)
    print(f"packages: {count}, attachment: {mib:.2f} MiB each, key: {algorithm}")
    print(f"{'step':<28}{'total s':>10}{'packages/s':>12}{'MiB/s':>10}")
    rows = [("pack + sign (in memory)", timings.pack)]
    if out_dir is not None:
        rows.append(("write (atomic, fsync)", timings.write))
    rows.append(("verify", timings.verify))
    for label, seconds in rows:
        rate = count / seconds if seconds else float("inf")
        print(f"{label:<28}{seconds:>10.2f}{rate:>12.1f}{rate * mib:>10.1f}")
    print(f"{'peak RSS after 10 %':<28}{rss_at_tenth:>10.1f} MiB")
    print(f"{'peak RSS at the end':<28}{rss_end:>10.1f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="number of packages")
    parser.add_argument("--size", type=int, default=1024 * 1024, help="attachment bytes")
    parser.add_argument("--algorithm", choices=("ec-p256", "rsa-3072"), default="ec-p256")
    parser.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=Path(tempfile.gettempdir()),
        help="also write each package atomically into DIR (default: the temp dir)",
    )
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    if args.write is not None:
        with tempfile.TemporaryDirectory(dir=args.write, prefix="fa-bench-") as tmp:
            run(args.count, args.size, args.algorithm, Path(tmp))
    else:
        run(args.count, args.size, args.algorithm, None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
