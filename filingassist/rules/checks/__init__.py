"""Registered check functions, one module per subject; importing this registers them all."""

from filingassist.rules.checks import madrid, marks, patent, payment, refdata_status, trademark

__all__ = ["madrid", "marks", "patent", "payment", "refdata_status", "trademark"]
