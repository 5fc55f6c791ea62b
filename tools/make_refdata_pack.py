"""Publisher tool: make a signing key, or sign reference data sets into a data pack.

    python tools/make_refdata_pack.py new-key KEY.pem
        writes an Ed25519 private key (PKCS#8 PEM, optionally encrypted with
        $REFDATA_KEY_PASSPHRASE) and prints the entry to add to trusted_publishers.json

    python tools/make_refdata_pack.py sign --key KEY.pem --out PACK.zip DATASET.json...
        checks each data set with the app's own parser and writes a signed pack

Keep the private key off the repository and off filers' machines. Format:
docs/refdata-format.md.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from filingassist.refdata.pack import build_pack, key_id

PASS_ENV = "REFDATA_KEY_PASSPHRASE"  # noqa: S105 - the name of an env var, not a secret


def _passphrase() -> bytes | None:
    value = os.environ.get(PASS_ENV)
    return value.encode() if value else None


def new_key(path: Path, name: str) -> dict[str, str]:
    """Create a private key file and return its trust-list entry."""
    key = Ed25519PrivateKey.generate()
    secret = _passphrase()
    algo = serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, algo)
    path.write_bytes(pem)
    path.chmod(0o600)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return {
        "key_id": key_id(key.public_key()),
        "name": name,
        "public_key": base64.b64encode(public).decode(),
    }


def sign(key_path: Path, out: Path, files: list[Path]) -> None:
    """Sign data set files (named ``<dataset>.json``) into the pack ``out``."""
    key = serialization.load_pem_private_key(key_path.read_bytes(), _passphrase())
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{key_path}: not an Ed25519 private key")
    datasets = {f.stem: f.read_bytes() for f in files}
    out.write_bytes(build_pack(datasets, key))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    nk = sub.add_parser("new-key")
    nk.add_argument("key", type=Path)
    nk.add_argument("--name", default="filingassist reference data")
    sg = sub.add_parser("sign")
    sg.add_argument("--key", type=Path, required=True)
    sg.add_argument("--out", type=Path, required=True)
    sg.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.cmd == "new-key":
        print(json.dumps(new_key(args.key, args.name), indent=2))
    else:
        sign(args.key, args.out, args.files)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
