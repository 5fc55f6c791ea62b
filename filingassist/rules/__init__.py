"""Local validation: field checks from the form definitions, then the named rules."""

from __future__ import annotations

from filingassist.formdefs import get_form
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from filingassist.rules.fields import check_fields


def validate_document(doc: ApplicationDocument) -> list[Finding]:
    """Every finding for ``doc``, errors first."""
    form = get_form(doc.form, doc.form_version)
    findings = check_fields(form, doc)
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: (order[f.severity.value], f.path))


__all__ = ["validate_document"]
