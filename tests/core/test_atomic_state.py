"""Kill -9 at the worst moment leaves a usable data folder (issue 9).

Each test failed before its fix: a kill between a pack's pointer renames left a mix of old
and new data sets, shown without warning; a kill while creating ``profile.key`` left an
empty key that broke every office token for ever; a kill inside the atomic-write helper
left ``.tmp`` files that were never cleaned.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from filingassist.app import Workspace
from filingassist.refdata import loader, store
from filingassist.refdata.loader import shipped_path
from filingassist.refdata.pack import build_pack, key_id
from filingassist.sync import tokens

ROOT = Path(__file__).resolve().parents[2]


def _run_killed(code: str) -> None:
    """Run ``code`` in a child that SIGKILLs itself where the code says; -9 expected."""
    r = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert r.returncode == -9, r.stderr


@pytest.fixture
def publisher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    trust = tmp_path / "trust.json"
    entry = {"key_id": key_id(key.public_key()), "public_key": base64.b64encode(raw).decode()}
    trust.write_text(json.dumps({"publishers": [entry]}))
    monkeypatch.setenv("FILINGASSIST_REFDATA_TRUST", str(trust))
    return key


def _bumped(name: str, version: str) -> bytes:
    doc = json.loads(shipped_path(name).read_text(encoding="utf-8"))
    doc["version"] = version
    return json.dumps(doc).encode()


_KILL_AT_SECOND_POINTER = """
import os, signal, sys
from pathlib import Path
from filingassist.refdata import store
from filingassist.refdata.pack import import_pack

set_active, calls = store.set_active, []

def set_then_die(name, version):
    calls.append(name)
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    set_active(name, version)

store.set_active = set_then_die
import_pack(Path({pack!r}))
"""


def test_kill_between_the_pointers_of_a_pack_installs_all_or_nothing(
    tmp_path: Path, publisher: Ed25519PrivateKey, isolated_home: Path
) -> None:
    pack = tmp_path / "pack.zip"
    datasets = {
        "countries": _bumped("countries", "2099.1"),
        "fees_pct": _bumped("fees_pct", "2099.1"),
    }
    pack.write_bytes(build_pack(datasets, publisher))
    _run_killed(_KILL_AT_SECOND_POINTER.format(pack=str(pack)))
    loader.clear_cache()
    # the first pointer moved, the second did not: the next read completes the install
    assert {name: store.active_version(name) for name in datasets} == {
        "countries": "2099.1",
        "fees_pct": "2099.1",
    }
    assert not (store.refdata_home() / store.JOURNAL).exists()


_KILL_BEFORE_THE_KEY_IS_IN_PLACE = """
import os, signal
from filingassist.sync import tokens

def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)

os.link = die
tokens.seal("secret")
"""


def test_kill_while_creating_the_profile_key_leaves_no_broken_key(isolated_home: Path) -> None:
    _run_killed(_KILL_BEFORE_THE_KEY_IS_IN_PLACE)
    assert not (isolated_home / tokens.KEY_FILE).exists()
    assert tokens.unseal(tokens.seal("secret")) == "secret"


def test_an_empty_profile_key_left_by_an_older_version_is_replaced(isolated_home: Path) -> None:
    (isolated_home / tokens.KEY_FILE).write_bytes(b"")
    assert tokens.unseal(tokens.seal("secret")) == "secret"
    assert len((isolated_home / tokens.KEY_FILE).read_bytes().strip()) == 44
    assert (isolated_home / tokens.KEY_FILE).stat().st_mode & 0o777 == 0o600


_KILL_INSIDE_WRITE_ATOMIC = """
import os, signal
from pathlib import Path
from filingassist.fsutil import write_atomic

def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)

os.replace = die
write_atomic(Path({path!r}), b"x" * 100_000)
"""


def test_temporaries_of_killed_writes_are_swept_on_open(isolated_home: Path) -> None:
    target = isolated_home / "packages" / "p.zip"
    _run_killed(_KILL_INSIDE_WRITE_ATOMIC.format(path=str(target)))
    [left] = list(target.parent.glob(".p.zip.*.tmp"))
    hour_ago = time.time() - 2 * 3600
    os.utime(left, (hour_ago, hour_ago))
    fresh = target.parent / ".q.zip.live.tmp"  # another process may be writing it now
    fresh.write_bytes(b"y")
    Workspace.open().close()
    assert not left.exists() and fresh.exists() and not target.exists()
