"""The languages an application can be filed in: ISO 639-1 codes, as CLDR names them.

The PCT lets a receiving Office accept any language (RO/IB does, Rule 12.1(a)), so the
request's "language of filing" lists every two-letter language code CLDR (through babel,
already the money formatter's source) has a name for; which of them a given receiving
Office accepts is the rules' business (``resources/refdata/pct_competence.json``).
"""

from __future__ import annotations

import functools


@functools.cache
def language_codes() -> tuple[str, ...]:
    """Every ISO 639-1 code CLDR names, sorted."""
    from babel import Locale

    codes = [str(c) for c in Locale("en").languages]
    return tuple(sorted(c for c in codes if len(c) == 2 and c.isalpha() and c.islower()))
