"""Rule declarations: ``forms/rules/*.toml`` → RuleDef.

A rule has a stable code, a severity, the (abstract) field path it points at, an English
message id with ``{params}``, and its legal basis. Simple rules are declarative
(``when`` + ``require``/``forbid``, structured conditions, never eval); complex ones name a
registered Python check (``check = "priority_period"``) with optional ``params``.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filingassist import paths
from filingassist.errors import InputError
from filingassist.model.findings import Severity


@dataclass(frozen=True)
class RuleDef:
    """One named rule."""

    code: str
    severity: Severity
    path: str
    message: str
    basis: str
    check: str = ""
    each: str = ""  # run once per item of this repeatable group (declarative rules)
    when: dict[str, Any] = field(default_factory=dict)
    require: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    doc: str = ""


def rules_dir() -> Path:
    """Folder of the rule declarations (beside the form definitions)."""
    return paths.forms_dir() / "rules"


def _rule(raw: dict[str, Any], where: str) -> RuleDef:
    try:
        rule = RuleDef(
            code=raw["code"],
            severity=Severity(raw.get("severity", "error")),
            path=raw.get("path", ""),
            message=raw["message"],
            basis=raw.get("basis", ""),
            check=raw.get("check", ""),
            each=raw.get("each", ""),
            when=dict(raw.get("when", {})),
            require=tuple(raw.get("require", ())),
            forbid=tuple(raw.get("forbid", ())),
            params=dict(raw.get("params", {})),
            doc=raw.get("doc", ""),
        )
    except (KeyError, ValueError) as exc:
        raise InputError(f"rule {raw.get('code', '?')}: bad or missing {exc}", where) from exc
    if not rule.check and not (rule.require or rule.forbid):
        raise InputError(f"rule {rule.code}: needs check, require or forbid", where)
    return rule


@functools.cache
def all_rules() -> dict[str, RuleDef]:
    """Every declared rule by code, loaded once per process."""
    rules: dict[str, RuleDef] = {}
    for path in sorted(rules_dir().glob("*.toml")):
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(str(exc), str(path)) from exc
        for entry in raw.get("rule", []):
            rule = _rule(entry, str(path))
            if rule.code in rules:
                raise InputError(f"rule {rule.code} is declared twice", str(path))
            rules[rule.code] = rule
    return rules
