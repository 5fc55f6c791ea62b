"""REFDATA-STALE and REFDATA-TBC: a fee quote resting on old or unconfirmed figures.

The point of a local fee check is "no irregularity notice for a wrong fee". A quote computed
from a table past its review date, or from a figure we could not confirm against its
official source, may be wrong; the filer must see that before paying, on every form. These
rules are declared here (not in ``forms/rules``) because they apply to every form with a
fee quote; they point at the filing date, the day the quote is computed for.
"""

from __future__ import annotations

from collections.abc import Iterator

from filingassist.errors import UsageError
from filingassist.i18n import N_
from filingassist.model.findings import Severity
from filingassist.rules.registry import Hit, RuleContext, check, global_rule
from filingassist.rules.ruledefs import RuleDef

BASIS = (
    "Madrid Common Regulations Rule 10 and Schedule of Fees; PCT Rules 14-16 and Schedule "
    "of Fees (the amounts in force on the date of receipt)"
)


def _quote(ctx: RuleContext):  # type: ignore[no-untyped-def]
    from filingassist.rules import feemap

    try:
        return feemap.quote(ctx.doc)
    except (UsageError, TypeError, ValueError, KeyError):
        return None  # the quote cannot be computed yet: other rules say what is missing


def _where(ctx: RuleContext, rule: RuleDef) -> str:
    """The form's own filing-date field (the day the quote is for), else the rule's path."""
    field = ctx.form.role_field("filing_date")
    return field.path if field is not None else rule.path


@check("quote_tables_fresh")
def quote_tables_fresh(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """One warning per table the quote used that was past its review date on the filing day."""
    quote = _quote(ctx)
    if quote is None:
        return
    for table in quote.stale_tables:
        yield Hit(
            _where(ctx, rule),
            {
                "table": table.name,
                "version": table.version,
                "review_date": table.review_date.isoformat(),
                "valid_as_of": table.valid_as_of.isoformat(),
            },
        )


@check("quote_figures_confirmed")
def quote_figures_confirmed(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """One warning listing every "to be confirmed" figure the quote rests on."""
    quote = _quote(ctx)
    if quote is None or not quote.to_be_confirmed:
        return
    notes = list(quote.to_be_confirmed)
    # note: "notes" keeps each figure's source note apart (they contain "; " themselves), so
    # the desktop app can show a short finding and each note on demand
    yield Hit(
        _where(ctx, rule),
        {"count": len(notes), "items": "; ".join(notes), "notes": notes},
    )


STALE = global_rule(
    RuleDef(
        code="REFDATA-STALE",
        severity=Severity.WARNING,
        path="filing_date",
        message=N_(
            "The fee quote uses {table} {version}, past its review date {review_date} "
            "(read {valid_as_of}): check the official fees before paying."
        ),
        basis=BASIS,
        check="quote_tables_fresh",
        doc="A fee table the quote used is past its declared review date (or six months old).",
    )
)

UNCONFIRMED = global_rule(
    RuleDef(
        code="REFDATA-TBC",
        severity=Severity.WARNING,
        path="filing_date",
        message=N_(
            "The fee quote rests on {count} figure(s) still to be confirmed: {items}. "
            "Check them at the source before paying."
        ),
        basis=BASIS,
        check="quote_figures_confirmed",
        doc="The quote uses figures marked to be confirmed in the reference data.",
    )
)
