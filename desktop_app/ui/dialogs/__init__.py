"""Dialogs opened from the wizard and the File menu."""
