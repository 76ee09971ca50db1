"""The pages of the wizard, one module each, in the order of the form.

What the wizard needs of a page before the page is made, its name and the fields it shows, is
here (:class:`PageKind`), so that opening a report imports the module of the page it shows
first only; the module of any other page is imported when that page is made (after the first
paint, or at once when it is needed).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class PageKind(NamedTuple):  # not a dataclass: making one costs the report's opening about 0.5 ms
    """What is known of a page without importing its module."""

    class_name: str  # the page's class, also the context of its texts in the translations
    name: str  # the page's name in English, translated in that context
    # The field paths the page shows: a path belongs to the page when it is one of these or
    # starts with one of them followed by "." or "[".
    path_prefixes: tuple[str, ...]

    def heading(self) -> str:
        """The page's name, translated, without its counts of problems."""
        return QCoreApplication.translate(self.class_name, self.name)

    def owns(self, path: str) -> bool:
        """Whether the field ``path`` is on this page."""
        return any(path == prefix or path.startswith((prefix + ".", prefix + "["))
                   for prefix in self.path_prefixes)


IDENTIFICATION = PageKind("IdentificationPage", QT_TRANSLATE_NOOP("IdentificationPage", "Identification"),
                          ("reportingYear", "language", "promoter", "members"))
NARRATIVE = PageKind("NarrativePage", QT_TRANSLATE_NOOP("NarrativePage", "Narrative"), ("narrative",))
PARTNERSHIPS = PageKind("PartnershipsPage", QT_TRANSLATE_NOOP("PartnershipsPage", "Partnerships"),
                        ("partnerships",))
TRAINING = PageKind("TrainingPage", QT_TRANSLATE_NOOP("TrainingPage", "Training"), ("training",))
COSTS = PageKind("CostsPage", QT_TRANSLATE_NOOP("CostsPage", "Costs"), ("costs", "subsidyAmount"))
CHECK_SIGN = PageKind("CheckSignPage", QT_TRANSLATE_NOOP("CheckSignPage", "Check and sign"), ("signatories",))
