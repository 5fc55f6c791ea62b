"""Maintainer tool: turn official published fee tables into our reference data files.

Two sources are read, each saved from the browser as HTML ("Save page as", HTML only):

* WIPO's "Individual Fees Under the Madrid Protocol" page
  (https://www.wipo.int/madrid/en/fees/ind_taxes.html) → the ``individual_fees`` of
  ``resources/refdata/fees_madrid.json``;
* the EPO's "Fees for international applications" page
  (https://www.epo.org/en/applying/fees/international-fees/important-fees) → the RO/EP
  amounts of ``resources/refdata/fees_pct.json`` (codes 019 transmittal, 225 international
  filing fee, 222 per sheet over 30, 003 search fee).

Usage::

    python tools/refdata_from_wipo.py madrid PAGE.html [--read YYYY-MM-DD] [--version V]
                                          [--data FILE] [--source-id ID] [--write]
    python tools/refdata_from_wipo.py epo-pct PAGE.html [--read ...] [--version V] [--write]

Without ``--write`` nothing is written: the tool prints the figures that would change as
changelog rows (``| party | old | new | source |``) to paste into
``resources/refdata/CHANGELOG.md``. With ``--write`` it updates the data file in place
(figures it read become ``confirmed`` with the page as source; figures it did not find are
left alone, still marked as they were), sets ``valid_as_of`` to the reading date and, with
``--version``, the version. The app's own parser then checks the result, so a page the tool
misreads can never produce a file the app would refuse. Review the diff, then sign a pack
with ``tools/make_refdata_pack.py``. Format: docs/refdata-format.md, section 5.

The saved page is hostile input like any other: size-limited, parsed without network or
entities, and every row the tool cannot understand is reported by party name, never guessed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import html

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 5 * 1024 * 1024
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}

#: WIPO's names where they differ from ours (resources/refdata/madrid_members.json).
ALIASES = {
    "african intellectual property organization (oapi)": "OA",
    "bailiwick of guernsey": "GG",
    "benelux": "BX",
    "bonaire, saint eustatius and saba": "BQ",
    "european union": "EM",
    "united kingdom": "GB",
    "united states of america": "US",
    "republic of korea": "KR",
    "republic of moldova": "MD",
    "viet nam": "VN",
    "turkiye": "TR",
    "türkiye": "TR",
    "lao people's democratic republic": "LA",
    "curacao": "CW",
    "curaçao": "CW",
    "sint maarten (dutch part)": "SX",
    "iran (islamic republic of)": "IR",
}


class PageError(ValueError):
    """The page has a row the tool cannot read; the message names it."""


@dataclass
class Party:
    """What one party's rows say: the base fee, variants and a second part."""

    name: str
    code: str = ""
    base: dict[str, Any] | None = None
    variants: dict[str, dict[str, Any]] = field(default_factory=dict)
    second_part: dict[str, Any] | None = None
    one_class_only: bool = False


def read_page(path: Path) -> Any:
    """Parse a saved HTML page safely (no network, no entities, size-limited)."""
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise PageError(f"{path}: larger than {MAX_BYTES} bytes; not a saved fee page")
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    return html.document_fromstring(raw, parser=parser)


def _cell_lines(cell: Any) -> list[str]:
    for br in cell.iter("br"):
        br.tail = "\n" + (br.tail or "")
    text = cell.text_content()
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _rows(doc: Any) -> list[list[list[str]]]:
    return [[_cell_lines(td) for td in tr.findall("td")] for tr in doc.iter("tr")]


def status_date(doc: Any) -> dt.date:
    """The page's "Last update: November 23, 2025" (or older "Status on ...") date."""
    text = " ".join(doc.text_content().split())
    found = re.search(r"(?:Last update|Status on):?\s+([A-Z][a-z]+) (\d{1,2}), (\d{4})", text)
    if not found or found.group(1).lower() not in MONTHS:
        raise PageError("no 'Last update: Month D, YYYY' date on the page")
    month, day, year = MONTHS[found.group(1).lower()], int(found.group(2)), int(found.group(3))
    return dt.date(year, month, day)


_NUMBER = re.compile(r"^\d[\d ,.]*$")


def _numbers(lines: list[str]) -> list[str]:
    return [str(Decimal(line.replace(" ", "").replace(",", ""))) for line in lines]


def structure(amounts: list[str], descriptions: list[str], who: str) -> dict[str, Any]:
    """Our class-fee structure for WIPO's amount/description pairs (raises if unknown)."""
    d = [x.lower() for x in descriptions]
    if len(amounts) != len(d):
        raise PageError(f"{who}: {len(amounts)} amounts but {len(d)} descriptions")
    if len(d) == 1 and d[0].startswith("independent of the number"):
        return {"structure": "flat", "amount": amounts[0]}
    if len(d) == 1 and d[0].startswith(("for each class", "for one class")):
        return {"structure": "per_class", "per_class": amounts[0]}
    if len(d) == 2 and d[1].startswith("for each additional class"):
        covered = re.match(r"for (one|two|three|four|five) classes?", d[0])
        if d[0].startswith(("for one class", "for the first class")):
            return {"structure": "tiered", "amounts": [amounts[0]], "additional": amounts[1]}
        if covered:
            n = ["one", "two", "three", "four", "five"].index(covered.group(1)) + 1
            return {
                "structure": "fixed_up_to",
                "amount": amounts[0],
                "classes": n,
                "additional": amounts[1],
            }
    if (
        len(d) == 3
        and d[0].startswith("for the first class")
        and d[1].startswith("for the second class")
        and d[2].startswith("for each additional class")
    ):
        return {"structure": "tiered", "amounts": amounts[:2], "additional": amounts[2]}
    raise PageError(f"{who}: unknown fee structure {descriptions}")


def _variant_kinds(label: str) -> list[str]:
    low = label.lower()
    kinds = [k for k in ("collective", "certification") if k in low]
    if not kinds:
        raise PageError(f"unknown variant label {label!r}")
    return kinds


def parse_madrid(doc: Any) -> list[Party]:
    """Every party of the individual-fee table, in page order."""
    parties: list[Party] = []
    variants: list[str] = []
    part = "first"
    for cells in _rows(doc):
        flat = [line for cell in cells for line in cell]
        if not flat:
            continue
        label = next((x for x in flat if x.lower().startswith("where the mark is")), None)
        if label is not None:
            variants, part = _variant_kinds(label), "first"
            continue
        if any(x.lower().startswith(("first part", "second part")) for x in flat):
            if cells[0] and not cells[0][0].lower().endswith("part:"):
                parties.append(Party(cells[0][0]))
                variants = []
            part = "second" if any(x.lower().startswith("second part") for x in flat) else "first"
            continue
        amounts_at = next(
            (i for i, c in enumerate(cells) if c and all(_NUMBER.match(x) for x in c)), None
        )
        if amounts_at is None:
            continue  # headings and prose rows
        if amounts_at > 0 and cells[0]:
            parties.append(Party(" ".join(cells[0])))
            variants, part = [], "first"
        if not parties:
            raise PageError(f"amounts before any party: {flat}")
        who = parties[-1]
        descriptions = [x for c in cells[amounts_at + 1 :] for x in c]
        fee = structure(_numbers(cells[amounts_at]), descriptions, who.name)
        if not variants and part == "first" and who.base is None:
            who.base = fee
            who.one_class_only = [x.lower() for x in descriptions] == ["for one class"]
        elif part == "second":
            who.second_part = fee
        else:
            for kind in variants:
                who.variants[kind] = fee
    return parties


def assign_codes(parties: list[Party], members: dict[str, Any]) -> list[Party]:
    """Give each party its ST.3 code; an unknown name stops the run (never guessed)."""
    names = {m["name"].lower(): m["code"] for m in members["entries"]}
    unknown = []
    for p in parties:
        key = p.name.lower()
        p.code = ALIASES.get(key) or names.get(key, "")
        if not p.code:
            unknown.append(p.name)
    if unknown:
        raise PageError(f"parties not in madrid_members.json (add an alias): {unknown}")
    return parties


def describe(entry: dict[str, Any] | None) -> str:
    """A changelog-friendly text of a fee entry ("249 + 125 per further class")."""
    if not entry or entry.get("structure") is None:
        return "no amount"
    kind = entry["structure"]
    if kind == "flat":
        return f"{entry['amount']} flat"
    if kind == "per_class":
        return f"{entry['per_class']} per class"
    if kind == "fixed_up_to":
        return f"{entry['amount']} up to {entry['classes']} + {entry['additional']}"
    return " + ".join([*entry["amounts"], entry["additional"]]) + " (last: per further class)"


def _fee_keys(entry: dict[str, Any]) -> dict[str, Any]:
    keep = ("structure", "amount", "per_class", "amounts", "additional", "classes")
    return {k: entry[k] for k in keep if k in entry}


def merge_madrid(
    data: dict[str, Any], parties: list[Party], effective: dt.date, source_id: str
) -> list[str]:
    """Update ``data['individual_fees']`` from the page; return changelog rows."""
    rows = []
    entries: list[dict[str, Any]] = data["individual_fees"]
    for p in parties:
        assert p.base is not None, p.name
        current = [e for e in entries if e["party"] == p.code]
        latest = max(current, key=lambda e: e["effective_from"]) if current else None
        new = {"party": p.code, **p.base}
        if p.variants:
            new["variants"] = p.variants
        if p.second_part:
            new["second_part"] = p.second_part
        new["source"], new["status"] = source_id, "confirmed"
        if p.one_class_only:
            new["status"] = "to_be_confirmed"
            new["reason"] = "the page gives the amount for one class only; applied per class"
        same = latest is not None and _fee_keys(latest) == _fee_keys(new)
        new["effective_from"] = (
            latest["effective_from"] if same and latest else effective.isoformat()
        )
        if same and latest is not None:
            entries[entries.index(latest)] = {**latest, **new}
            continue
        entries[:] = [
            e
            for e in entries
            if not (e["party"] == p.code and e["effective_from"] == new["effective_from"])
        ]
        entries.append(new)
        rows.append(f"| {p.code} | {describe(latest)} | {describe(new)} | {source_id} |")
    entries.sort(key=lambda e: (e["party"], e["effective_from"]))
    return rows


#: EPO fee codes and the fees_pct field of RO/EP each fills.
EPO_CODES = {
    "019": "transmittal_fee",
    "225": "international_filing_fee",
    "222": "per_sheet",
    "003": "search_fees.EP",
}


_EUR = re.compile(r"^(\d{1,3}(?: \d{3})*\.\d\d)\b")


def parse_epo(doc: Any) -> dict[str, str]:
    """The RO/EP amounts (EUR) of the EPO's international fees page, by our field name."""
    found: dict[str, str] = {}
    for cells in _rows(doc):
        flat = [line for cell in cells for line in cell]
        if not flat or flat[0] not in EPO_CODES or EPO_CODES[flat[0]] in found:
            continue  # the first search fee (003) is the ISA's; later rows are other fees
        amounts = [m.group(1) for x in flat[1:] if (m := _EUR.match(x))]
        if not amounts:
            continue
        value = Decimal(amounts[0].replace(" ", ""))
        found[EPO_CODES[flat[0]]] = str(
            value.quantize(Decimal(1)) if value == value.to_integral() else value
        )
    if "international_filing_fee" not in found:
        raise PageError("no international filing fee (code 225) on the page")
    return found


def merge_epo(data: dict[str, Any], amounts: dict[str, str], source_id: str) -> list[str]:
    ro = next(r for r in data["receiving_offices"] if r["office"] == "EP")
    rows = []
    for name, value in amounts.items():
        if name == "search_fees.EP":
            old = ro["search_fees"].get("EP")
            ro["search_fees"]["EP"] = value
        else:
            old = ro.get(name)
            ro[name] = value
        ro["uncertain_fields"] = [f for f in ro.get("uncertain_fields", []) if f != name]
        ro.get("reasons", {}).pop(name, None)
        if old != value:
            rows.append(f"| RO/EP {name} | {old} | {value} | {source_id} |")
    ro["source"] = source_id
    return rows


def _check_and_write(name: str, data: dict[str, Any], path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from filingassist.refdata.parse import parse_dataset

    raw = dump(data).encode()
    parse_dataset(name, raw, str(path))  # the app's own checks, before anything is written
    path.write_bytes(raw)


def dump(data: dict[str, Any]) -> str:
    """Our layout: one header key per line, one list item per line (small review diffs)."""
    lines = []
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False) for v in value)
            lines.append(f"  {json.dumps(key)}: [\n{items}\n  ]")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", choices=["madrid", "epo-pct"])
    ap.add_argument("page", type=Path, help="the page saved as HTML")
    ap.add_argument("--data", type=Path, help="data file to update (default: the shipped one)")
    ap.add_argument("--read", type=dt.date.fromisoformat, default=dt.date.today())
    ap.add_argument("--version", help="new version of the data set, e.g. 2026.2")
    ap.add_argument("--source-id", help="id of the page in the data file's sources")
    ap.add_argument("--write", action="store_true", help="update the data file")
    args = ap.parse_args(argv)
    name = "fees_madrid" if args.kind == "madrid" else "fees_pct"
    path = args.data or ROOT / "resources" / "refdata" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    try:
        doc = read_page(args.page)
        if args.kind == "madrid":
            members = json.loads((path.parent / "madrid_members.json").read_text("utf-8"))
            parties = assign_codes(parse_madrid(doc), members)
            rows = merge_madrid(data, parties, status_date(doc), args.source_id or "wipo-ind")
        else:
            rows = merge_epo(data, parse_epo(doc), args.source_id or "epo-pct-fees")
    except PageError as exc:
        print(f"refdata_from_wipo: {exc}", file=sys.stderr)
        return 1
    print("| figure | old | new | source |\n| --- | --- | --- | --- |")
    print("\n".join(rows) if rows else "| (no change) | | | |")
    if args.write:
        data["valid_as_of"] = args.read.isoformat()
        if args.version:
            data["version"] = args.version
        _check_and_write(name, data, path)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
