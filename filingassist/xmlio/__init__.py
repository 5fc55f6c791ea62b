"""ST.96 XML: export and import driven by the form definitions' xpaths, XSD validation.

``export_xml(doc)`` writes ``tmk:TrademarkApplication``, ``tmk:MadridOfficeToIBTransaction``
(with the MM2 as ``tmk:MadridApplication``) or ``pat:ApplicationBody`` plus a
``request.json``; ``import_xml(bytes, where, attachments)`` reads our own XML back;
``basicmark.read_basic_mark(path)`` reads an office's trademark record for MM2 prefill.
Export and import use the schema model shipped in ``resources/st96/`` (derived from the
official XSDs by ``tools/st96_model.py``); full XSD validation (``check_export``) runs where
the schema files are present and otherwise reports that it could not. Schemas are compiled
lazily (``xmlio.validate``), never on import.
"""

from filingassist.xmlio.api import (
    SchemaCheck,
    XmlExport,
    check_export,
    export_files,
    export_xml,
    import_xml,
    validate_export,
    write_checked,
)

__all__ = [
    "SchemaCheck",
    "XmlExport",
    "check_export",
    "export_files",
    "export_xml",
    "import_xml",
    "validate_export",
    "write_checked",
]
