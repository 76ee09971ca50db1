"""Reusable widgets of the wizard: problem marking, keyboard-friendly grids, amounts, the
character counter and the limited plain-text editor."""
