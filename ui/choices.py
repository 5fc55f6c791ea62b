"""Display labels for the inline choice codes of the form definitions.

The forms store short codes (``natural_person``, ``wipo_current_account``); people read
these labels, translated with the rest of the UI. A code missing here falls back to a
readable form of itself, and the catalogue test lists it as untranslated.
"""

from __future__ import annotations

from ui.i18n import N_, tr

LABELS: dict[str, str] = {
    "en": N_("English"),
    "fr": N_("French"),
    "es": N_("Spanish"),
    "agent": N_("Agent"),
    "all": N_("All designated States"),
    "all_except_us": N_("All designated States except the United States"),
    "us_only": N_("The United States only"),
    "applicant": N_("Applicant"),
    "representative": N_("Representative"),
    "common_representative": N_("Common representative"),
    "application": N_("Application"),
    "registration": N_("Registration"),
    "bank_transfer": N_("Bank transfer"),
    "credit_card": N_("Credit card"),
    "deposit_account": N_("Deposit account"),
    "wipo_current_account": N_("WIPO current account"),
    "office_of_origin": N_("Through the Office of origin"),
    "individual": N_("Individual mark"),
    "collective": N_("Collective mark"),
    "certification": N_("Certification mark"),
    "guarantee": N_("Guarantee mark"),
    "three_dimensional": N_("Three-dimensional"),
    "sound": N_("Sound"),
    "colour": N_("Colour"),
    "hologram": N_("Hologram"),
    "motion": N_("Motion"),
    "position": N_("Position"),
    "pattern": N_("Pattern"),
    "multimedia": N_("Multimedia"),
    "other": N_("Other"),
    "word": N_("Word"),
    "figurative": N_("Figurative"),
    "combined": N_("Combined"),
    "shape": N_("Shape (3-D)"),
    "nationality": N_("Nationality"),
    "domicile": N_("Domicile"),
    "establishment": N_("Real and effective establishment"),
    "natural_person": N_("Natural person"),
    "legal_entity": N_("Legal entity"),
    "use": N_("Use in commerce"),
    "intent_to_use": N_("Intent to use"),
    "foreign_registration": N_("Foreign registration"),
    "foreign_application": N_("Foreign application"),
    "none": N_("None"),
    "national": N_("National"),
    "regional": N_("Regional"),
    "international": N_("International"),
    "pct": N_("International (PCT)"),
    "pdf": N_("PDF"),
    "request_xml": N_("Request in XML"),
    "full_xml": N_("Everything in XML"),
    "XN": N_("Nordic Patent Institute"),
    "XV": N_("Visegrad Patent Institute"),
    "EP": N_("European Patent Office"),
}


def choice_label(code: str, country_name: str | None = None) -> str:
    """The translated label of a choice code (``country_name`` for ST.3 codes)."""
    if code in LABELS:
        return tr(LABELS[code])
    if country_name:
        return f"{code} — {country_name}"
    return code.replace("_", " ").capitalize()
