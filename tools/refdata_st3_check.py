"""Compare resources/refdata/countries.json with the ST.3 codes of the official ST.96 schema.

The ST.96 V6_0 Common schema enumerates the current ST.3 codes in ``com:WIPOST3CodeType``
(former codes are in ``com:WIPOFormerST3CodeType``). Run after editing countries.json or
when a new ST.96 version arrives::

    python tools/refdata_st3_check.py [PATH/TO/..._Common.xsd]

Exit status 1 when the lists differ (beyond the codes countries.json declares excluded).
The test suite imports ``schema_st3_codes`` and ``compare`` from here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lxml import etree

XSD_NS = "http://www.w3.org/2001/XMLSchema"
COMMON_XSD = "TrademarkApplication/TrademarkApplication_V6_0_Common.xsd"
ROOT = Path(__file__).resolve().parent.parent


def schema_st3_codes(common_xsd: Path, type_name: str = "WIPOST3CodeType") -> set[str]:
    """The enumeration values of ``type_name`` in an ST.96 Common schema."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(str(common_xsd), parser)
    found = tree.find(f".//{{{XSD_NS}}}simpleType[@name='{type_name}']")
    if found is None:
        raise SystemExit(f"{common_xsd}: no simple type {type_name}")
    return {e.get("value") for e in found.iter(f"{{{XSD_NS}}}enumeration")}


def compare(countries_json: Path, common_xsd: Path) -> tuple[set[str], set[str]]:
    """Return (codes missing from our list, codes we have that the schema lacks)."""
    doc = json.loads(countries_json.read_text(encoding="utf-8"))
    ours = {e["code"] for e in doc["entries"]}
    excluded = {c for group in doc.get("excluded_codes", []) for c in group["codes"]}
    schema = schema_st3_codes(common_xsd)
    return schema - ours - excluded, ours - schema


def main(argv: list[str]) -> int:
    default = ROOT.parent / "shared" / "standards" / "st96" / "V6_0" / COMMON_XSD
    xsd = Path(argv[0]) if argv else default
    missing, extra = compare(ROOT / "resources" / "refdata" / "countries.json", xsd)
    print(f"missing from countries.json: {sorted(missing) or 'none'}")
    print(f"not in the schema: {sorted(extra) or 'none'}")
    return 1 if missing or extra else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
