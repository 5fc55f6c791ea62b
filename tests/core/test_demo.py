"""``filingassist demo`` runs the whole job on the examples and prints verified receipts."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest


@pytest.mark.network
@pytest.mark.slow
def test_demo_files_the_three_examples_end_to_end() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "filingassist", "demo"], capture_output=True, text=True, timeout=240
    )
    assert r.returncode == 0, r.stdout + r.stderr
    out = r.stdout
    assert out.count("0 error(s)") == 3
    assert out.count(": sound") == 3
    assert "sync: 3 filed, 0 to retry, 0 refused" in out
    receipts = re.findall(r"receipt (\S+): filed (\S+) at", out)
    assert len(receipts) == 3 and len({number for number, _ in receipts}) == 3
