"""Run filingassist commands on a real, small, full file system (the full-disk tests).

Usage (inside a private mount namespace, e.g. ``unshare --mount --map-root-user``):
    python -m tests.support.fulldisk MOUNTPOINT RESULTS.json

Mounts a 4 MiB tmpfs at MOUNTPOINT (private to the namespace: it vanishes with it, even
if the test is killed), makes a data folder there with a key and a draft, then fills the
disk and runs commands, writing each one's exit code, stderr and the files left behind
to RESULTS.json (outside the mount).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PASS_ENV = "FA_FULL_DISK_PASS"


def _cli(home: Path, *args: str) -> dict[str, Any]:
    env = dict(os.environ, FILINGASSIST_HOME=str(home), **{PASS_ENV: "a long enough passphrase"})
    r = subprocess.run(
        [sys.executable, "-m", "filingassist", *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    return {"argv": list(args), "rc": r.returncode, "stdout": r.stdout, "stderr": r.stderr}


def _leave_free(mount: Path, kib: int) -> None:
    """Grow (or shrink) a filler file until about ``kib`` KiB are free."""
    filler = mount / "filler"
    filler.unlink(missing_ok=True)
    free = shutil.disk_usage(mount).free
    with open(filler, "wb") as fh:
        remaining = max(0, free - kib * 1024)
        while remaining > 0:
            try:
                remaining -= fh.write(b"\0" * min(remaining, 1 << 16))
            except OSError:
                break


def _state(home: Path) -> dict[str, Any]:
    files = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    conn = sqlite3.connect(f"file:{home / 'filingassist.sqlite'}?mode=ro", uri=True)
    try:
        packages = [r[0] for r in conn.execute("SELECT package_id FROM packages")]
        statuses = [r[0] for r in conn.execute("SELECT status FROM drafts ORDER BY id")]
    finally:
        conn.close()
    return {"files": files, "packages": packages, "statuses": statuses}


def main(mount: Path, results: Path) -> int:
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], check=True)
    home = mount / "home"
    out: dict[str, Any] = {"home": str(home)}
    out["setup"] = [
        _cli(home, "keys", "new", "--name", "Jane Doe", "--passphrase-env", PASS_ENV),
        _cli(home, "import", str(ROOT / "examples" / "trademark.json"), "--json"),
    ]
    draft = json.loads(out["setup"][1]["stdout"])[0]["id"]
    pack = ("pack", draft, "--key", "jane-doe", "--passphrase-env", PASS_ENV)
    _leave_free(mount, 60)
    out["pack_60k"] = _cli(home, *pack)
    out["after_pack_60k"] = _state(home)
    _leave_free(mount, 0)
    out["full"] = [
        _cli(home, "list"),
        _cli(home, "new", "trademark"),
        _cli(home, "import", str(ROOT / "examples" / "patent.json")),
        _cli(home, *pack),
        _cli(home, "export", draft, "--out", str(mount / "export.json")),
        _cli(home, "keys", "new", "--name", "Other", "--passphrase-env", PASS_ENV),
    ]
    (mount / "filler").unlink()  # note: reading a WAL database needs room for its -shm
    out["after_full"] = _state(home)
    out["pack_with_room"] = _cli(home, *pack)
    out["after_room"] = _state(home)
    results.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
