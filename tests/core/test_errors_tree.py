"""Every exception the core defines lives in errors.py, under FilingError."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import filingassist
from filingassist import errors


def _modules():
    for info in pkgutil.walk_packages(filingassist.__path__, "filingassist."):
        if info.name.endswith("__main__"):
            continue
        try:
            yield importlib.import_module(info.name)
        except ImportError:  # an optional extra (the office server's) is not installed
            continue


def test_exceptions_are_declared_in_errors_only() -> None:
    stray = sorted(
        f"{module.__name__}.{name}"
        for module in _modules()
        for name, obj in vars(module).items()
        if inspect.isclass(obj)
        and issubclass(obj, BaseException)
        and obj.__module__ == module.__name__
        and module is not errors
    )
    assert stray == []


def test_every_core_exception_is_a_filing_error() -> None:
    own = [
        obj
        for obj in vars(errors).values()
        if inspect.isclass(obj)
        and issubclass(obj, BaseException)
        and obj.__module__ == errors.__name__
    ]
    assert len(own) > 10
    assert all(issubclass(cls, errors.FilingError) for cls in own)
