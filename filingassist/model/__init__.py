"""Plain, typed application model: no I/O, no Qt."""

from filingassist.model.document import KINDS, ApplicationDocument
from filingassist.model.findings import Finding, Severity

__all__ = ["KINDS", "ApplicationDocument", "Finding", "Severity"]
