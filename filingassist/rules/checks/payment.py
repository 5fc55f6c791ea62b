"""PAYMENT-METHOD: a method of payment is given, with the details that method needs."""

from __future__ import annotations

from collections.abc import Iterator

from filingassist.i18n import N_
from filingassist.rules.conditions import is_present
from filingassist.rules.registry import Hit, RuleContext, check
from filingassist.rules.ruledefs import RuleDef


@check("payment_complete")
def payment_complete(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """``params.needs`` maps each method to the payment fields it requires."""
    method = ctx.get("payment.method")
    if not is_present(method):
        yield Hit("payment.method", message=N_("Say how the fees will be paid."))
        return
    if not isinstance(method, str):
        return  # FIELD-TYPE reports it
    for path in rule.params.get("needs", {}).get(method, ()):
        if not is_present(ctx.get(path)):
            f = ctx.form.field(path)
            yield Hit(path, {"method": method, "label": f.label if f else path})
