"""The checks of a report, one small rule each, grouped by part of the form.

Each module holds the rules of one part (``identification``, ``narrative``, ``partnerships``,
``training``, ``costs``, ``signing`` for check and sign; ``general`` for rules on any field).
Importing this package registers every rule in :data:`RULES`, in the order of the form;
:func:`desktop_app.domain.checks.check_report` runs them all.
"""

from __future__ import annotations

from . import general, identification, narrative, partnerships, training, costs, signing  # noqa: F401  (registers)
from .base import PARTS, RULES, Context, Finding, Problem, Rule, Severity

__all__ = ["PARTS", "RULES", "Context", "Finding", "Problem", "Rule", "Severity", "rule_for"]


def rule_for(code: str) -> Rule:
    """The rule with the code ``code``; ``KeyError`` when there is none."""
    for candidate in RULES:
        if candidate.code == code:
            return candidate
    raise KeyError(code)
