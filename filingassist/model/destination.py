"""Where an application is filed: its kind and the code of the office it names.

One reading for the filer's outbox (``sync.outbox.destination``: which office may receive a
package) and for the reference office (``office.filing``: whether it receives it), so the
two can never disagree about a package.
"""

from __future__ import annotations

from typing import Any


def application_destination(document: Any) -> tuple[str, str]:
    """(kind, office code) of an application document as packaged (``application.json``).

    The code is the value of the form's field with role ``receiving_office`` (the office of
    filing of a trademark, the Office of origin of an MM2, the receiving Office of a PCT
    request), upper-cased; '' when the form names none or the field is empty.

    Raises:
        KeyError, TypeError, ValueError: the document is not an application of a known form.
    """
    from filingassist.formdefs import get_form
    from filingassist.model.document import get_path

    if not isinstance(document, dict):
        raise TypeError("the application is not a JSON object")
    form = get_form(str(document["form"]), int(document["form_version"]))
    values = document.get("data") or {}
    kind = str(document.get("kind") or "")
    field = form.role_field("receiving_office")
    code = get_path(values, field.path) if field is not None and isinstance(values, dict) else ""
    return kind, str(code or "").strip().upper()
