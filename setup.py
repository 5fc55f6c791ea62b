"""Build hook: ship forms/, resources/ and examples/ inside the wheel as filingassist/_data.

In a source checkout (and an editable install) the code finds these folders beside the
package; an installed wheel finds them in ``filingassist/_data`` (see filingassist/paths.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_DIRS = ("forms", "resources", "examples")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "node_modules")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "filingassist" / "_data"
        for name in DATA_DIRS:
            src = Path(name)
            if src.is_dir():
                shutil.copytree(src, target / name, ignore=SKIP, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithData})
