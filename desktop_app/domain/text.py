"""A piece of text in both languages of the program.

The domain speaks to people through the checks and the command line, without Qt; each message
it holds is a Dutch and a French text side by side. (The window's own strings go through Qt's
``tr()`` and the Linguist files instead.)
"""

from __future__ import annotations

from typing import NamedTuple

LANGUAGES = ("nl", "fr")


class Text(NamedTuple):
    """The same message in Dutch and in French."""

    nl: str
    fr: str

    def get(self, language: str) -> str:
        """The text in ``language`` (``nl`` or ``fr``); Dutch for anything else."""
        return self.fr if language == "fr" else self.nl

    def format(self, **values: object) -> "Text":
        """Fill ``{name}`` placeholders in both languages."""
        return Text(self.nl.format(**values), self.fr.format(**values))
