"""Deliberately broken applications: mutations of the examples and the findings they must yield.

Each case is (id, kind, operations, expected {(code, path)}). Operations are
("set", path, value), ("del", path) or ("append", path, value) on the example's data.
tests/data/broken/ holds a few of them written out as files (see test_rules_broken.py).
"""

from __future__ import annotations

from typing import Any

Op = tuple[Any, ...]
Case = tuple[str, str, list[Op], set[tuple[str, str]]]

IMPORTED = {
    "source": "CH 781234",
    "mark": "CHRONOLYTE",
    "holder": "Helvetia Instruments SA",
    "goods": [
        "9: smartwatches",
        "9: wearable activity trackers",
        "9: computer software",
        "14: watches*",
    ],
}

MADRID: list[Case] = [
    (
        "origin-tw",
        "madrid",
        [
            ("set", "office_of_origin", "TW"),
            ("set", "entitlements[0].state", "TW"),
            ("set", "entitlements[0].address", "Establishment in the territory"),
            ("set", "entitlements[1].address", "Domicile in the territory"),
            ("set", "entitlements[1].state", "TW"),
        ],
        {("MM2-ORIGIN-MEMBER", "office_of_origin")},
    ),
    (
        "origin-zz",
        "madrid",
        [
            ("set", "office_of_origin", "ZZ"),
            ("set", "entitlements[0].state", "ZZ"),
            ("set", "entitlements[0].address", "Establishment in the territory"),
            ("set", "entitlements[1].address", "Domicile in the territory"),
            ("del", "entitlements[1]"),
        ],
        {("MM2-ORIGIN-MEMBER", "office_of_origin"), ("FIELD-CHOICE", "entitlements[0].state")},
    ),
    (
        "origin-ib",
        "madrid",
        [
            ("set", "office_of_origin", "IB"),
            ("set", "entitlements", [{"applicant": 1, "basis": "domicile", "state": "IB"}]),
            ("set", "entitlements[0].address", "Domicile in the territory"),
        ],
        {("MM2-ORIGIN-MEMBER", "office_of_origin")},
    ),
    (
        "entitlement-fr",
        "madrid",
        [("set", "entitlements[0].state", "FR")],
        {("MM2-ENTITLEMENT-ORIGIN", "entitlements[0].state")},
    ),
    (
        "entitlement-both",
        "madrid",
        [("set", "entitlements[0].state", "FR"), ("set", "entitlements[1].state", "DE")],
        {
            ("MM2-ENTITLEMENT-ORIGIN", "entitlements[0].state"),
            ("MM2-ENTITLEMENT-ORIGIN", "entitlements[1].state"),
        },
    ),
    (
        "entitlement-extra",
        "madrid",
        [("append", "entitlements", {"applicant": 1, "basis": "nationality", "state": "US"})],
        {("MM2-ENTITLEMENT-ORIGIN", "entitlements[2].state")},
    ),
    (
        "desig-none",
        "madrid",
        [("set", "designations", []), ("set", "mm18", {"declared": False})],
        {("MM2-DESIG-REQUIRED", "designations")},
    ),
    (
        "desig-missing",
        "madrid",
        [("del", "designations"), ("del", "mm18")],
        {("MM2-DESIG-REQUIRED", "designations")},
    ),
    (
        "desig-blank",
        "madrid",
        [("set", "designations", [{"country": ""}]), ("del", "mm18")],
        {("MM2-DESIG-REQUIRED", "designations"), ("FIELD-REQUIRED", "designations[0].country")},
    ),
    (
        "desig-tw",
        "madrid",
        [("set", "designations[2].country", "TW")],
        {("MM2-DESIG-MEMBER", "designations[2].country")},
    ),
    (
        "desig-zz",
        "madrid",
        [("set", "designations[0].country", "ZZ")],
        {("MM2-DESIG-MEMBER", "designations[0].country")},
    ),
    (
        "desig-twice",
        "madrid",
        [("append", "designations", {"country": "CN"})],
        {("MM2-DESIG-MEMBER", "designations[4].country")},
    ),
    (
        "desig-origin",
        "madrid",
        [("set", "designations[2].country", "CH")],
        {
            ("MM2-DESIG-ORIGIN", "designations[2].country"),
            ("MM2-FEES-TOTAL", "payment.declared_total"),
        },
    ),
    (
        "desig-origin-cn",
        "madrid",
        [
            ("set", "office_of_origin", "CN"),
            ("set", "entitlements[0].state", "CN"),
            ("set", "entitlements[0].address", "Establishment in the territory"),
            ("set", "entitlements[1].address", "Domicile in the territory"),
            ("set", "entitlements[1].state", "CN"),
        ],
        {("MM2-DESIG-ORIGIN", "designations[0].country")},
    ),
    (
        "desig-origin-sg",
        "madrid",
        [
            ("set", "office_of_origin", "SG"),
            ("set", "entitlements[0].state", "SG"),
            ("set", "entitlements[0].address", "Establishment in the territory"),
            ("set", "entitlements[1].address", "Domicile in the territory"),
            ("set", "entitlements[1].state", "SG"),
        ],
        {("MM2-DESIG-ORIGIN", "designations[3].country")},
    ),
    (
        "class-46",
        "madrid",
        [("set", "classes[0].class_number", 46)],
        {("MM2-CLASS-RANGE", "classes[0].class_number")},
    ),
    (
        "class-0",
        "madrid",
        [("set", "classes[1].class_number", 0)],
        {("MM2-CLASS-RANGE", "classes[1].class_number")},
    ),
    (
        "class-twice",
        "madrid",
        [("set", "classes[1].class_number", 9)],
        {
            ("MM2-CLASS-RANGE", "classes[1].class_number"),
            ("MM2-FEES-TOTAL", "payment.declared_total"),
        },
    ),
    (
        "class-empty",
        "madrid",
        [("set", "classes[1].terms", [])],
        {("MM2-CLASS-EMPTY", "classes[1].terms")},
    ),
    (
        "class-blank",
        "madrid",
        [("set", "classes[1].terms", ["  "])],
        {("MM2-CLASS-EMPTY", "classes[1].terms")},
    ),
    (
        "class-blank-term",
        "madrid",
        [("append", "classes[0].terms", "")],
        {("MM2-CLASS-EMPTY", "classes[0].terms[3]")},
    ),
    (
        "colour-claimed",
        "madrid",
        [("set", "colour", {"claimed": True, "colours": "blue"})],
        {("MM2-COLOUR-CLAIM", "colour.claimed")},
    ),
    (
        "colour-claimed-unnamed",
        "madrid",
        [
            ("set", "mark.colour_reproduction", True),
            ("set", "colour", {"claimed": True, "colours": ""}),
            ("set", "payment.declared_total", 2974),
        ],
        {("MM2-COLOUR-CLAIM", "colour.colours")},
    ),
    (
        "colour-claimed-bare",
        "madrid",
        [("set", "colour", {"claimed": True})],
        {("MM2-COLOUR-CLAIM", "colour.claimed"), ("MM2-COLOUR-CLAIM", "colour.colours")},
    ),
    ("mm18-false", "madrid", [("set", "mm18.declared", False)], {("MM2-US-MM18", "mm18.declared")}),
    ("mm18-missing", "madrid", [("del", "mm18")], {("MM2-US-MM18", "mm18.declared")}),
    ("mm18-no-file", "madrid", [("del", "mm18.document")], {("MM2-US-MM18", "mm18.document")}),
    (
        "prio-late",
        "madrid",
        [("set", "priorities[0].date", "2026-05-01")],
        {("MM2-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "prio-after",
        "madrid",
        [("set", "priorities[0].date", "2026-12-05")],
        {("MM2-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "prio-filed-late",
        "madrid",
        [("set", "certification.receipt_date", "2026-12-21")],
        {("MM2-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "filing-date-none",
        "madrid",
        [("del", "certification.receipt_date")],
        {("MM2-FILING-DATE", "certification.receipt_date")},
    ),
    (
        "filing-date-empty",
        "madrid",
        [("set", "certification.receipt_date", "")],
        {("MM2-FILING-DATE", "certification.receipt_date")},
    ),
    (
        "filing-date-null-with-priority",
        "madrid",
        [("set", "certification.receipt_date", None)],
        {("MM2-FILING-DATE", "certification.receipt_date")},
    ),
    ("basic-none", "madrid", [("set", "basic_marks", [])], {("MM2-BASIC-MARK", "basic_marks")}),
    (
        "basic-no-number",
        "madrid",
        [("set", "basic_marks[0].number", "")],
        {("MM2-BASIC-MARK", "basic_marks[0].number")},
    ),
    (
        "basic-no-date",
        "madrid",
        [("del", "basic_marks[0].date")],
        {("MM2-BASIC-MARK", "basic_marks[0].date")},
    ),
    (
        "basic-after",
        "madrid",
        [("set", "basic_marks[0].date", "2026-12-10")],
        {("MM2-BASIC-MARK", "basic_marks[0].date")},
    ),
    (
        "basic-mark-differs",
        "madrid",
        [("set", "basic_marks[0].imported", {**IMPORTED, "mark": "CHRONOLITE"})],
        {("MM2-BASIC-CONSISTENT", "mark.verbal_element")},
    ),
    (
        "basic-holder-differs",
        "madrid",
        [("set", "basic_marks[0].imported", {**IMPORTED, "holder": "Other SA"})],
        {("MM2-BASIC-CONSISTENT", "applicants[0].name")},
    ),
    (
        "basic-class-missing",
        "madrid",
        [("set", "basic_marks[0].imported", {**IMPORTED, "goods": IMPORTED["goods"][:3]})],
        {("MM2-BASIC-CONSISTENT", "classes[1].class_number")},
    ),
    (
        "basic-term-broader",
        "madrid",
        [
            ("set", "basic_marks[0].imported", IMPORTED),
            ("append", "classes[0].terms", "headphones"),
        ],
        {("MM2-BASIC-CONSISTENT", "classes[0].terms[3]")},
    ),
    ("lang-de", "madrid", [("set", "language", "de")], {("MM2-LANGUAGE", "language")}),
    (
        "lang-mx",
        "madrid",
        [
            ("set", "office_of_origin", "MX"),
            ("set", "entitlements[0].state", "MX"),
            ("set", "entitlements[0].address", "Establishment in the territory"),
            ("set", "entitlements[1].address", "Domicile in the territory"),
            ("set", "entitlements[1].state", "MX"),
        ],
        {("MM2-LANGUAGE", "language")},
    ),
    (
        "lang-fr",
        "madrid",
        [
            ("set", "office_of_origin", "FR"),
            ("set", "entitlements[0].state", "FR"),
            ("set", "entitlements[0].address", "Establishment in the territory"),
            ("set", "entitlements[1].address", "Domicile in the territory"),
            ("set", "entitlements[1].state", "FR"),
            ("set", "payment.declared_total", 2724),
        ],
        {("MM2-LANGUAGE", "language")},
    ),
    (
        "fees-wrong",
        "madrid",
        [("set", "payment.declared_total", 2000)],
        {("MM2-FEES-TOTAL", "payment.declared_total")},
    ),
    (
        "fees-missing",
        "madrid",
        [("del", "payment.declared_total")],
        {("MM2-FEES-TOTAL", "payment.declared_total")},
    ),
    (
        "fees-colour",
        "madrid",
        [
            ("set", "mark.colour_reproduction", True),
            ("set", "colour", {"claimed": True, "colours": "blue"}),
        ],
        {("MM2-FEES-TOTAL", "payment.declared_total")},
    ),
    ("pay-none", "madrid", [("del", "payment.method")], {("PAYMENT-METHOD", "payment.method")}),
    (
        "pay-no-account",
        "madrid",
        [("del", "payment.account")],
        {("PAYMENT-METHOD", "payment.account")},
    ),
    (
        "pay-bank-no-ref",
        "madrid",
        [("set", "payment.method", "bank_transfer"), ("del", "payment.reference")],
        {("PAYMENT-METHOD", "payment.reference")},
    ),
]

TRADEMARK: list[Case] = [
    (
        "word-with-image",
        "trademark",
        [
            ("set", "mark.type", "word"),
            ("set", "mark.colour_claimed", False),
            ("del", "mark.colours"),
        ],
        {("TM-REPR-WORD", "mark.image")},
    ),
    (
        "word-no-text",
        "trademark",
        [
            ("set", "mark.type", "word"),
            ("del", "mark.image"),
            ("del", "mark.verbal_element"),
            ("set", "mark.colour_claimed", False),
        ],
        {("TM-REPR-WORD", "mark.verbal_element")},
    ),
    (
        "word-neither",
        "trademark",
        [
            ("set", "mark.type", "word"),
            ("del", "mark.verbal_element"),
            ("set", "mark.colour_claimed", False),
        ],
        {("TM-REPR-WORD", "mark.verbal_element"), ("TM-REPR-WORD", "mark.image")},
    ),
    ("combined-no-image", "trademark", [("del", "mark.image")], {("TM-REPR-IMAGE", "mark.image")}),
    (
        "figurative-no-image",
        "trademark",
        [("set", "mark.type", "figurative"), ("del", "mark.image")],
        {("TM-REPR-IMAGE", "mark.image")},
    ),
    (
        "sound-no-file",
        "trademark",
        [("set", "mark.type", "sound"), ("del", "mark.image")],
        {("TM-REPR-IMAGE", "mark.image")},
    ),
    (
        "figurative-png",
        "trademark",
        [("set", "mark.type", "figurative"), ("set", "mark.image.media_type", "image/png")],
        {("TM-IMAGE-FORMAT", "mark.image")},
    ),
    (
        "sound-png",
        "trademark",
        [("set", "mark.type", "sound"), ("set", "mark.image.media_type", "image/png")],
        {("TM-IMAGE-FORMAT", "mark.image")},
    ),
    (
        "pattern-png",
        "trademark",
        [("set", "mark.type", "pattern"), ("set", "mark.image.media_type", "image/png")],
        {("TM-IMAGE-FORMAT", "mark.image")},
    ),
    (
        "figurative-big",
        "trademark",
        [
            ("set", "mark.type", "figurative"),
            ("set", "mark.image.media_type", "image/jpeg"),
            ("set", "mark.image.size", 3_000_000),
        ],
        {("TM-IMAGE-SIZE", "mark.image")},
    ),
    (
        "motion-big",
        "trademark",
        [
            ("set", "mark.type", "motion"),
            ("set", "mark.image.media_type", "video/mp4"),
            ("set", "mark.image.size", 25_000_000),
        ],
        {("TM-IMAGE-SIZE", "mark.image")},
    ),
    (
        "sound-big",
        "trademark",
        [
            ("set", "mark.type", "sound"),
            ("set", "mark.image.media_type", "audio/mpeg"),
            ("set", "mark.image.size", 2_100_000),
        ],
        {("TM-IMAGE-SIZE", "mark.image")},
    ),
    (
        "colour-unnamed",
        "trademark",
        [("del", "mark.colours")],
        {("TM-COLOUR-CLAIM", "mark.colours")},
    ),
    (
        "colour-blank",
        "trademark",
        [("set", "mark.colours", "   ")],
        {("TM-COLOUR-CLAIM", "mark.colours")},
    ),
    (
        "colour-word",
        "trademark",
        [("set", "mark.type", "word"), ("del", "mark.image")],
        {("TM-COLOUR-CLAIM", "mark.colour_claimed")},
    ),
    (
        "tm-class-46",
        "trademark",
        [("set", "classes[0].class_number", 46)],
        {("TM-CLASS-RANGE", "classes[0].class_number")},
    ),
    (
        "tm-class-0",
        "trademark",
        [("set", "classes[1].class_number", 0)],
        {("TM-CLASS-RANGE", "classes[1].class_number")},
    ),
    (
        "tm-class-twice",
        "trademark",
        [("set", "classes[1].class_number", 30)],
        {("TM-CLASS-RANGE", "classes[1].class_number")},
    ),
    (
        "tm-class-empty",
        "trademark",
        [("set", "classes[0].terms", [])],
        {("TM-CLASS-EMPTY", "classes[0].terms")},
    ),
    (
        "tm-class-missing-terms",
        "trademark",
        [("del", "classes[1].terms")],
        {("TM-CLASS-EMPTY", "classes[1].terms")},
    ),
    (
        "tm-class-blank-term",
        "trademark",
        [("set", "classes[1].terms", ["advertising", " "])],
        {("TM-CLASS-EMPTY", "classes[1].terms[1]")},
    ),
    (
        "tm-prio-late",
        "trademark",
        [("set", "priorities[0].date", "2026-05-31")],
        {("TM-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "tm-prio-after",
        "trademark",
        [("set", "priorities[0].date", "2026-12-02")],
        {("TM-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "tm-prio-filed-late",
        "trademark",
        [("set", "filing_date", "2027-01-15")],
        {("TM-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "tm-ref-space",
        "trademark",
        [("set", "reference", "ORB EM 2026")],
        {("TM-REFERENCE-FORMAT", "reference")},
    ),
    (
        "tm-ref-long",
        "trademark",
        [("set", "reference", "X" * 31)],
        {("TM-REFERENCE-FORMAT", "reference")},
    ),
    (
        "tm-ref-long-space",
        "trademark",
        [("set", "reference", "ORBIS COFFEE ROASTERS 2026 EM 1")],
        {("TM-REFERENCE-FORMAT", "reference")},
    ),
    (
        "tm-pay-none",
        "trademark",
        [("del", "payment.method")],
        {("PAYMENT-METHOD", "payment.method")},
    ),
    (
        "tm-pay-no-account",
        "trademark",
        [("del", "payment.account")],
        {("PAYMENT-METHOD", "payment.account")},
    ),
    (
        "tm-pay-card",
        "trademark",
        [("set", "payment.method", "credit_card")],
        {("PAYMENT-METHOD", "payment.payer")},
    ),
]

WORDS_200 = " ".join(["word"] * 200)
WORDS_49 = " ".join(["word"] * 49)

PATENT: list[Case] = [
    (
        "ro-us",
        "patent",
        [("set", "receiving_office", "US")],
        {("PCT-RO-COMPETENT", "receiving_office")},
    ),
    (
        "ro-ep",
        "patent",
        [("set", "receiving_office", "EP")],
        {("PCT-RO-COMPETENT", "receiving_office")},
    ),
    (
        "ro-gb",
        "patent",
        [("set", "receiving_office", "GB")],
        {("PCT-RO-COMPETENT", "receiving_office"), ("PCT-ISA-COMPETENT", "isa")},
    ),
    (
        "pct-prio-void",
        "patent",
        [("set", "priorities[0].date", "2025-09-01")],
        {("PCT-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "pct-prio-after",
        "patent",
        [("set", "priorities[0].date", "2026-12-10")],
        {("PCT-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "pct-prio-filed-late",
        "patent",
        [("set", "filing_date", "2027-05-01")],
        {("PCT-PRIORITY-PERIOD", "priorities[0].date")},
    ),
    (
        "pct-restore",
        "patent",
        [("set", "priorities[0].date", "2025-11-20")],
        {("PCT-PRIORITY-RESTORATION", "priorities[0].date")},
    ),
    (
        "pct-restore-edge",
        "patent",
        [("set", "priorities[0].date", "2025-10-03")],
        {("PCT-PRIORITY-RESTORATION", "priorities[0].date")},
    ),
    (
        "pct-restore-filed",
        "patent",
        [("set", "filing_date", "2027-03-01")],
        {("PCT-PRIORITY-RESTORATION", "priorities[0].date")},
    ),
    (
        "abstract-short",
        "patent",
        [("set", "body.abstract", "A cooling chamber.")],
        {("PCT-ABSTRACT-LENGTH", "body.abstract")},
    ),
    (
        "abstract-long",
        "patent",
        [("set", "body.abstract", WORDS_200)],
        {("PCT-ABSTRACT-LENGTH", "body.abstract")},
    ),
    (
        "abstract-49",
        "patent",
        [("set", "body.abstract", WORDS_49)],
        {("PCT-ABSTRACT-LENGTH", "body.abstract")},
    ),
    ("claims-none", "patent", [("set", "claims", [])], {("PCT-CLAIMS-PRESENT", "claims")}),
    ("claims-missing", "patent", [("del", "claims")], {("PCT-CLAIMS-PRESENT", "claims")}),
    (
        "claims-blank",
        "patent",
        [("set", "claims", [{"number": 1, "text": ""}])],
        {("PCT-CLAIMS-PRESENT", "claims"), ("FIELD-REQUIRED", "claims[0].text")},
    ),
    (
        "claims-gap",
        "patent",
        [("set", "claims[1].number", 3)],
        {("PCT-CLAIMS-NUMBERING", "claims[1].number")},
    ),
    (
        "claims-swapped",
        "patent",
        [("set", "claims[0].number", 2), ("set", "claims[1].number", 1)],
        {
            ("PCT-CLAIMS-NUMBERING", "claims[0].number"),
            ("PCT-CLAIMS-NUMBERING", "claims[1].number"),
        },
    ),
    (
        "claims-repeat",
        "patent",
        [("set", "claims[2].number", 2)],
        {("PCT-CLAIMS-NUMBERING", "claims[2].number")},
    ),
    ("title-empty", "patent", [("set", "title", "")], {("PCT-TITLE", "title")}),
    ("title-missing", "patent", [("del", "title")], {("PCT-TITLE", "title")}),
    ("title-null", "patent", [("set", "title", None)], {("PCT-TITLE", "title")}),
    (
        "ref-27",
        "patent",
        [("set", "reference", "SOL-PCT-2026-07-COOLER-LONG")],
        {("PCT-REFERENCE-LENGTH", "reference")},
    ),
    (
        "ref-26",
        "patent",
        [("set", "reference", "SOLPCT0726ABCDEFGHIJKLMNOP")],
        {("PCT-REFERENCE-LENGTH", "reference")},
    ),
    ("ref-30", "patent", [("set", "reference", "R" * 30)], {("PCT-REFERENCE-LENGTH", "reference")}),
    (
        "nat-missing",
        "patent",
        [("del", "applicants[0].nationality")],
        {("PCT-APPLICANT-NAT-RES", "applicants[0].nationality")},
    ),
    (
        "res-missing",
        "patent",
        [("set", "applicants[1].residence", "")],
        {("PCT-APPLICANT-NAT-RES", "applicants[1].residence")},
    ),
    (
        "nat-res-missing",
        "patent",
        [("del", "applicants[1].nationality"), ("del", "applicants[1].residence")],
        {
            ("PCT-APPLICANT-NAT-RES", "applicants[1].nationality"),
            ("PCT-APPLICANT-NAT-RES", "applicants[1].residence"),
        },
    ),
    (
        "no-inventor",
        "patent",
        [("set", "applicants[0].is_inventor", False), ("set", "applicants[1].is_inventor", False)],
        {("PCT-INVENTORS", "inventors")},
    ),
    (
        "no-inventor-excl-us",
        "patent",
        [
            ("set", "applicants[0].is_inventor", False),
            ("del", "applicants[1].is_inventor"),
            ("set", "designations.excluded", ["US"]),
        ],
        {("PCT-INVENTORS", "inventors"), ("PCT-EXCLUSION", "designations.excluded[0]")},
    ),
    (
        "no-inventor-unset",
        "patent",
        [("del", "applicants[0].is_inventor"), ("del", "applicants[1].is_inventor")],
        {("PCT-INVENTORS", "inventors")},
    ),
    (
        "seq-text",
        "patent",
        [
            (
                "set",
                "body.sequence_listing",
                {"sha256": "a" * 64, "name": "seq.txt", "media_type": "text/plain", "size": 10},
            )
        ],
        {("PCT-SEQUENCE-ST26", "body.sequence_listing")},
    ),
    (
        "seq-wrong-root",
        "patent",
        [
            (
                "set",
                "body.sequence_listing",
                {
                    "sha256": "b" * 64,
                    "name": "seq.xml",
                    "media_type": "application/xml",
                    "size": 10,
                },
            )
        ],
        {("PCT-SEQUENCE-ST26", "body.sequence_listing")},
    ),
    (
        "seq-broken",
        "patent",
        [
            (
                "set",
                "body.sequence_listing",
                {
                    "sha256": "c" * 64,
                    "name": "seq.xml",
                    "media_type": "application/xml",
                    "size": 10,
                },
            )
        ],
        {("PCT-SEQUENCE-ST26", "body.sequence_listing")},
    ),
    (
        "sheets-missing",
        "patent",
        [("del", "checklist.description_sheets")],
        {("PCT-SHEETS", "checklist.description_sheets")},
    ),
    (
        "sheets-no-drawings",
        "patent",
        [("del", "checklist.drawings_sheets")],
        {("PCT-SHEETS", "checklist.drawings_sheets")},
    ),
    (
        "sheets-over-30",
        "patent",
        [("set", "checklist.description_sheets", 40)],
        {("PCT-SHEETS", "checklist")},
    ),
    (
        "ipc-lower",
        "patent",
        [("set", "body.ipc", ["f25d 7/00"])],
        {("PCT-IPC-FORMAT", "body.ipc[0]")},
    ),
    (
        "ipc-no-group",
        "patent",
        [("append", "body.ipc", "F25D 7")],
        {("PCT-IPC-FORMAT", "body.ipc[2]")},
    ),
    (
        "ipc-section",
        "patent",
        [("set", "body.ipc", ["F25D 7/00", "Z99Z 1/00"])],
        {("PCT-IPC-FORMAT", "body.ipc[1]")},
    ),
    ("pct-pay-none", "patent", [("del", "payment.method")], {("PAYMENT-METHOD", "payment.method")}),
    (
        "pct-pay-deposit",
        "patent",
        [("set", "payment.method", "deposit_account")],
        {("PAYMENT-METHOD", "payment.account")},
    ),
    (
        "pct-pay-card",
        "patent",
        [("set", "payment.method", "credit_card")],
        {("PAYMENT-METHOD", "payment.payer")},
    ),
]

#: attachment bytes the sequence-listing cases refer to

# ---- issue 12 (MM2): each case yields only its rule's code ----------------------
EM = [("append", "designations", {"country": "EM"}), ("set", "payment.declared_total", 3595)]
APPLICANT_2 = {
    "name": "Atelier Horloger Sàrl",
    "address": "Rue du Marché 3\n1204 Genève",
    "country": "CH",
    "email": "contact@atelier-horloger.example",
    "legal_kind": "legal_entity",
    "legal_nature": "Société à responsabilité limitée",
    "state_of_organisation": "CH",
}
REP_MAIL = "madrid@lemaire-ip.example"

MADRID += [
    (
        "no-mark-verbal-deleted",
        "madrid",
        [("del", "mark.verbal_element")],
        {("MM2-MARK-REPRODUCTION", "mark.image")},
    ),
    (
        "no-mark-verbal-empty",
        "madrid",
        [("set", "mark.verbal_element", "")],
        {("MM2-MARK-REPRODUCTION", "mark.image")},
    ),
    (
        "no-mark-not-standard",
        "madrid",
        [("set", "mark.verbal_element", None), ("set", "mark.standard_characters", False)],
        {("MM2-MARK-REPRODUCTION", "mark.image")},
    ),
    ("em-no-second", "madrid", EM, {("MM2-EM-SECOND-LANGUAGE", "em.second_language")}),
    (
        "em-second-same",
        "madrid",
        [*EM, ("set", "em.second_language", "en")],
        {("MM2-EM-SECOND-LANGUAGE", "em.second_language")},
    ),
    (
        "em-second-es-es",
        "madrid",
        [*EM, ("set", "language", "es"), ("set", "em.second_language", "es")],
        {("MM2-EM-SECOND-LANGUAGE", "em.second_language")},
    ),
    (
        "seniority-no-em",
        "madrid",
        [("set", "seniorities", [{"state": "FR", "number": "4123456", "date": "2019-03-01"}])],
        {("MM2-SENIORITY-EM", "seniorities")},
    ),
    (
        "seniority-ch",
        "madrid",
        [
            *EM,
            ("set", "em.second_language", "fr"),
            ("set", "seniorities", [{"state": "CH", "number": "781234", "date": "2019-03-01"}]),
        ],
        {("MM2-SENIORITY-EM", "seniorities[0].state")},
    ),
    (
        "seniority-us",
        "madrid",
        [
            *EM,
            ("set", "em.second_language", "de"),
            ("set", "seniorities", [{"state": "US", "number": "5123456", "date": "2019-03-01"}]),
        ],
        {("MM2-SENIORITY-EM", "seniorities[0].state")},
    ),
    (
        "rep-email-deleted",
        "madrid",
        [("del", "representative.email")],
        {("MM2-REP-EMAIL", "representative.email")},
    ),
    (
        "rep-email-empty",
        "madrid",
        [("set", "representative.email", "")],
        {("MM2-REP-EMAIL", "representative.email")},
    ),
    (
        "rep-email-null",
        "madrid",
        [("set", "representative.email", None)],
        {("MM2-REP-EMAIL", "representative.email")},
    ),
    (
        "email-is-rep",
        "madrid",
        [("set", "applicants[0].email", REP_MAIL)],
        {("MM2-EMAIL-DISTINCT", "applicants[0].email")},
    ),
    (
        "email-is-rep-case",
        "madrid",
        [("set", "applicants[0].email", REP_MAIL.upper())],
        {("MM2-EMAIL-DISTINCT", "applicants[0].email")},
    ),
    (
        "email-two-applicants",
        "madrid",
        [
            ("append", "applicants", {**APPLICANT_2, "email": "ip@helvetia-instruments.example"}),
            ("append", "entitlements", {"applicant": 2, "basis": "establishment", "state": "CH"}),
        ],
        {("MM2-EMAIL-DISTINCT", "applicants[1].email")},
    ),
    (
        "entitled-not-second",
        "madrid",
        [("append", "applicants", APPLICANT_2)],
        {("MM2-ENTITLEMENT-APPLICANT", "applicants[1]")},
    ),
    (
        "entitled-wrong-number",
        "madrid",
        [("set", "entitlements[0].applicant", 2), ("set", "entitlements[1].applicant", 2)],
        {
            ("MM2-ENTITLEMENT-APPLICANT", "applicants[0]"),
            ("MM2-ENTITLEMENT-APPLICANT", "entitlements[0].applicant"),
            ("MM2-ENTITLEMENT-APPLICANT", "entitlements[1].applicant"),
        },
    ),
    (
        "entitled-third-of-two",
        "madrid",
        [
            ("append", "applicants", APPLICANT_2),
            ("append", "entitlements", {"applicant": 3, "basis": "domicile", "state": "CH"}),
        ],
        {
            ("MM2-ENTITLEMENT-APPLICANT", "applicants[1]"),
            ("MM2-ENTITLEMENT-APPLICANT", "entitlements[2].applicant"),
        },
    ),
    (
        "address-in-fr",
        "madrid",
        [("set", "applicants[0].country", "FR")],
        {
            ("MM2-ENTITLEMENT-ADDRESS", "entitlements[0].address"),
            ("MM2-ENTITLEMENT-ADDRESS", "entitlements[1].address"),
        },
    ),
    (
        "address-in-de-empty",
        "madrid",
        [
            ("set", "applicants[0].country", "DE"),
            ("set", "entitlements[0].address", ""),
            ("set", "entitlements[1].address", "Domicile: Rue du Rhône 45, 1204 Genève"),
        ],
        {("MM2-ENTITLEMENT-ADDRESS", "entitlements[0].address")},
    ),
    (
        "address-second-in-us",
        "madrid",
        [
            ("append", "applicants", {**APPLICANT_2, "country": "US"}),
            ("append", "entitlements", {"applicant": 2, "basis": "domicile", "state": "CH"}),
        ],
        {("MM2-ENTITLEMENT-ADDRESS", "entitlements[2].address")},
    ),
    (
        "vague-including",
        "madrid",
        [("append", "classes[0].terms", "computer software, including games")],
        {("MM2-VAGUE-TERM", "classes[0].terms[3]")},
    ),
    (
        "vague-parts",
        "madrid",
        [("append", "classes[1].terms", "parts and accessories")],
        {("MM2-VAGUE-TERM", "classes[1].terms[1]")},
    ),
    (
        "vague-such-as-etc",
        "madrid",
        [
            ("set", "classes[0].terms[0]", "wearable devices such as fitness bands"),
            ("set", "classes[0].terms[1]", "smartwatch straps, buckles, etc."),
        ],
        {("MM2-VAGUE-TERM", "classes[0].terms[0]"), ("MM2-VAGUE-TERM", "classes[0].terms[1]")},
    ),
    (
        "png-truncated",
        "madrid",
        [
            (
                "set",
                "mark.image",
                {"sha256": "1" * 64, "name": "m.png", "media_type": "image/png", "size": 40},
            )
        ],
        {("ATTACHMENT-CONTENT", "mark.image")},
    ),
    (
        "png-size-lie",
        "madrid",
        [
            (
                "set",
                "mark.image",
                {"sha256": "2" * 64, "name": "m.png", "media_type": "image/png", "size": 80},
            )
        ],
        {("ATTACHMENT-CONTENT", "mark.image")},
    ),
    (
        "mm18-not-pdf",
        "madrid",
        [
            (
                "set",
                "mm18.document",
                {
                    "sha256": "3" * 64,
                    "name": "mm18.pdf",
                    "media_type": "application/pdf",
                    "size": 30,
                },
            )
        ],
        {("ATTACHMENT-CONTENT", "mm18.document")},
    ),
]

# ---- issue 12 (PCT): each case yields only its rule's code ----------------------
PATENT += [
    ("isa-deleted", "patent", [("del", "isa")], {("PCT-ISA-REQUIRED", "isa")}),
    ("isa-empty", "patent", [("set", "isa", "")], {("PCT-ISA-REQUIRED", "isa")}),
    ("isa-null", "patent", [("set", "isa", None)], {("PCT-ISA-REQUIRED", "isa")}),
    ("isa-us-at-ke", "patent", [("set", "isa", "US")], {("PCT-ISA-COMPETENT", "isa")}),
    ("isa-jp-at-ke", "patent", [("set", "isa", "JP")], {("PCT-ISA-COMPETENT", "isa")}),
    (
        "isa-us-at-ib",
        "patent",
        [("set", "receiving_office", "IB"), ("set", "isa", "US")],
        {("PCT-ISA-COMPETENT", "isa")},
    ),
    ("lang-fr-at-ke", "patent", [("set", "language", "fr")], {("PCT-LANGUAGE-RO", "language")}),
    ("lang-de-at-ke", "patent", [("set", "language", "de")], {("PCT-LANGUAGE-RO", "language")}),
    (
        "lang-pt-at-ke",
        "patent",
        [("set", "language", "pt"), ("set", "search_translation", "en")],
        {("PCT-LANGUAGE-RO", "language")},
    ),
    (
        "translation-missing-sw",
        "patent",
        [("set", "receiving_office", "IB"), ("set", "language", "sw")],
        {("PCT-TRANSLATION-SEARCH", "search_translation")},
    ),
    (
        "translation-missing-es",
        "patent",
        [("set", "receiving_office", "IB"), ("set", "language", "es")],
        {("PCT-TRANSLATION-SEARCH", "search_translation")},
    ),
    (
        "translation-not-accepted",
        "patent",
        [
            ("set", "receiving_office", "IB"),
            ("set", "language", "sw"),
            ("set", "search_translation", "sw"),
        ],
        {("PCT-TRANSLATION-SEARCH", "search_translation")},
    ),
    ("drawings-sheets", "patent", [("del", "drawings")], {("PCT-DRAWINGS-MISSING", "drawings")}),
    (
        "drawings-abstract-figure",
        "patent",
        [("set", "drawings", []), ("set", "checklist.drawings_sheets", 0)],
        {("PCT-DRAWINGS-MISSING", "drawings")},
    ),
    (
        "drawings-in-description",
        "patent",
        [
            ("del", "drawings"),
            ("set", "checklist.drawings_sheets", 0),
            ("del", "checklist.figure_with_abstract"),
        ],
        {("PCT-DRAWINGS-MISSING", "drawings")},
    ),
    (
        "ref-space",
        "patent",
        [("set", "reference", "SOL PCT 07")],
        {("PCT-REFERENCE-FORMAT", "reference")},
    ),
    (
        "ref-slash",
        "patent",
        [("set", "reference", "SOL/PCT/07")],
        {("PCT-REFERENCE-FORMAT", "reference")},
    ),
    (
        "ref-hyphen-edge",
        "patent",
        [("set", "reference", "-SOL--07")],
        {("PCT-REFERENCE-FORMAT", "reference")},
    ),
    (
        "exclude-gb",
        "patent",
        [("set", "designations.excluded", ["GB"])],
        {("PCT-EXCLUSION", "designations.excluded[0]")},
    ),
    (
        "exclude-fr-de",
        "patent",
        [("set", "designations.excluded", ["FR", "DE"])],
        {("PCT-EXCLUSION", "designations.excluded[0]")},
    ),
    (
        "exclude-us",
        "patent",
        [("set", "designations.excluded", ["JP", "US"])],
        {("PCT-EXCLUSION", "designations.excluded[1]")},
    ),
]
IN_APPLICANTS = [
    ("set", "receiving_office", "IN"),
    ("set", "applicants[0].nationality", "IN"),
    ("set", "applicants[0].residence", "IN"),
]
PATENT += [
    (
        f"restore-at-in-{n}",
        "patent",
        [*IN_APPLICANTS, ("set", "priorities[0].date", date)],
        {
            ("PCT-RESTORATION-RO", "priorities[0].date"),
            ("PCT-PRIORITY-RESTORATION", "priorities[0].date"),
        },
    )
    for n, date in ((1, "2025-11-20"), (2, "2025-10-03"), (3, "2025-12-01"))
]


TRADEMARK += [
    (
        f"us-no-table-{kind}",
        "trademark",
        [("set", "office", "US"), ("set", "mark.type", kind)],
        {("TM-IMAGE-TABLE", "mark.type")},
    )
    for kind in ("shape", "sound", "hologram")
]


def _png(width: int, height: int, rows: int, end: bool = True) -> bytes:
    """A greyscale PNG declaring ``width``×``height`` with pixel data for ``rows`` rows."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\xff" * width for _ in range(rows)))
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
    return out + chunk(b"IEND", b"") if end else out


BLOBS = {
    "1" * 64: _png(10, 10, 10, end=False),
    "2" * 64: _png(100, 100, 10),
    "3" * 64: b"<html>not a declaration</html>",
    "b" * 64: b"<?xml version='1.0'?><SequenceListing/>",
    "c" * 64: b"<ST26SequenceListing><unclosed>",
    "d" * 64: b"<?xml version='1.0'?><ST26SequenceListing dtdVersion='V1_3'/>",
}

CASES: list[Case] = MADRID + TRADEMARK + PATENT
