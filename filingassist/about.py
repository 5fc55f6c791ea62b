"""What this installation is made of: versions of the program, its data and its formats.

The About dialog shows it and a support desk asks for it: which program version, which
reference data tables (with the date each is valid as of, where it came from and how old
it is), which ST.96 schemas the XML follows and which form, package and data-pack formats
this program reads and writes. Qt-free; the dialog adds Qt's own version.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
from dataclasses import dataclass

from filingassist import __version__, paths, refdata
from filingassist.formdefs import all_forms
from filingassist.packaging import package as package_format
from filingassist.refdata import pack as refdata_pack
from filingassist.xmlio import schema

#: A table older than this (from its valid-as-of date) is shown as possibly out of date.
STALE_AFTER_DAYS = 365


@dataclass(frozen=True)
class TableVersion:
    """One reference data table in effect."""

    name: str
    version: str
    valid_as_of: dt.date
    origin: str  # "shipped" or "installed" (from a data pack)
    source: tuple[str, ...]
    age_days: int

    @property
    def stale(self) -> bool:
        return self.age_days > STALE_AFTER_DAYS


@dataclass(frozen=True)
class SchemaVersion:
    """A format this program reads or writes, with its version and where it is defined."""

    name: str
    version: str
    detail: str


@dataclass(frozen=True)
class About:
    app_version: str
    python_version: str
    frozen: bool
    tables: tuple[TableVersion, ...]
    schemas: tuple[SchemaVersion, ...]


def tables(today: dt.date | None = None) -> tuple[TableVersion, ...]:
    """The reference data tables in effect (installed packs take precedence over shipped)."""
    today = today or dt.date.today()
    return tuple(
        TableVersion(
            i.name, i.version, i.valid_as_of, i.origin, i.source, (today - i.valid_as_of).days
        )
        for i in refdata.datasets()
    )


def _st96() -> SchemaVersion:
    model = json.loads((paths.resources_dir() / schema.MODEL_FILE).read_text(encoding="utf-8"))
    source = model.get("source", {})
    roots = ", ".join(name.split("/", 1)[0] for name in model.get("schemas", {}))
    return SchemaVersion(
        "WIPO ST.96",
        str(source.get("version", "?")),
        f"{source.get('date', '?')}: {roots}",
    )


def schemas() -> tuple[SchemaVersion, ...]:
    forms = tuple(SchemaVersion(f"form {f.id}", str(f.version), f.title) for f in all_forms())
    return (
        _st96(),
        *forms,
        SchemaVersion("filing package", str(package_format.FORMAT_VERSION), package_format.FORMAT),
        SchemaVersion("reference data pack", str(refdata_pack.FORMAT_VERSION), refdata_pack.FORMAT),
    )


def about(today: dt.date | None = None) -> About:
    return About(
        __version__,
        platform.python_version(),
        paths.is_frozen(),
        tables(today),
        schemas(),
    )
