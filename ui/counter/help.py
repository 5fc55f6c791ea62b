"""Plain-language help under each field of the counter wizard (resources/counter/help.toml).

English message ids like every form text, so they are translated in the .ts catalogues.
Every field of every form has one (tests/ui/test_counter.py ties the keys to the form
definitions); a form version added later without them shows its fields' form help.
"""

from __future__ import annotations

import functools
import tomllib

from filingassist import paths
from filingassist.formdefs.definition import FieldDef


@functools.cache
def plain_help(kind: str) -> dict[str, str]:
    path = paths.resources_dir() / "counter" / "help.toml"
    if not path.is_file():
        return {}
    table = tomllib.loads(path.read_text(encoding="utf-8")).get(kind, {})
    return {str(k): str(v) for k, v in table.items()}


def help_for(kind: str, field: FieldDef) -> str:
    """The English message id of a field's plain help ('' when there is none)."""
    return plain_help(kind).get(field.path) or field.help
