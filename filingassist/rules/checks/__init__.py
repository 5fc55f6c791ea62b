"""Registered check functions, one module per subject; importing this registers them all."""

from filingassist.rules.checks import (
    attachments,
    madrid,
    marks,
    patent,
    payment,
    refdata_status,
    trademark,
)

__all__ = ["attachments", "madrid", "marks", "patent", "payment", "refdata_status", "trademark"]
