"""A finding of validation: a named rule's verdict on one field of one document."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """What is wrong (or worth knowing), where, and on what legal basis."""

    code: str
    severity: Severity
    path: str
    message: str  # English message id, translated where shown
    basis: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["severity"] = self.severity.value
        out["suggestions"] = list(self.suggestions)
        return out

    def text(self) -> str:
        """The message with its parameters filled in (English)."""
        try:
            from filingassist.money import param_text

            return self.message.format(**{k: param_text(v) for k, v in self.params.items()})
        except (KeyError, IndexError, ValueError):
            return self.message
