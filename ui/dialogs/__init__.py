"""Dialogs: pickers, signing, settings, receipts."""
