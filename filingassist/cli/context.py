"""What every CLI command shares: the workspace (opened lazily) and output helpers."""

from __future__ import annotations

import json
import sqlite3
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from filingassist.app import Workspace


class CliContext:
    """Opens the workspace on first use and prints text or JSON."""

    def __init__(self, json_output: bool = False) -> None:
        self.json_output = json_output
        self._workspace: Workspace | None = None

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from filingassist.app import Workspace

            self._workspace = Workspace.open()
        return self._workspace

    def out(self, text: str = "") -> None:
        print(text)

    def emit_json(self, value: Any) -> None:
        print(json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False))

    def error(self, message: str) -> None:
        if self.json_output:
            print(json.dumps({"error": message}, ensure_ascii=False))
        else:
            print(f"filingassist: error: {message}", file=sys.stderr)

    def close(self) -> None:
        if self._workspace is not None:
            workspace, self._workspace = self._workspace, None
            try:
                workspace.close()
            except (sqlite3.Error, OSError) as exc:  # e.g. the WAL cannot be checkpointed
                from filingassist.cli import failures

                self.error(failures.describe(exc))
