"""A form generated from its FormDef: one widget per field-type hint, no per-field code."""

from ui.formview.renderer import FormView

__all__ = ["FormView"]
