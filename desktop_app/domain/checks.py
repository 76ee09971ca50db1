"""The checks of a report: every problem, each with a severity, a stable code, the field it
concerns (a path in the submission format's terms) and a message in Dutch and French.

Errors block the final export; warnings do not. The wizard, the command line and the import
of a submission file all call :func:`check_report`. The rules themselves are small functions
in :mod:`desktop_app.domain.check_rules`, one module per part of the form, registered in one
table (:data:`RULES`) with their code, severity, paths and messages.
"""

from __future__ import annotations

import datetime as dt

from .check_rules import PARTS, RULES, Context, Rule, rule_for
from .check_rules.base import Problem, Severity
from .check_rules.general import text_fields, unreadable_reason
from .check_rules.narrative import narrative_length
from .check_rules.signing import DEADLINE_DAY, is_signature_late, signature_deadline
from .model import Report
from .labels import COST_COLUMN_LABELS, COST_LABELS, FIELD_LABELS, PARTNERSHIP_LABELS, TRAINING_LABELS

__all__ = [
    "COST_COLUMN_LABELS", "COST_LABELS", "DEADLINE_DAY", "FIELD_LABELS", "PARTNERSHIP_LABELS", "PARTS",
    "RULES", "TRAINING_LABELS", "Problem", "Rule", "Severity", "check_report", "errors",
    "is_signature_late", "narrative_length", "rule_for", "signature_deadline", "text_fields",
    "unreadable_reason",
]


def check_report(report: Report, today: dt.date | None = None) -> list[Problem]:
    """Every problem of ``report``, errors first, each group in the order of the form."""
    context = Context(report, today or dt.date.today())
    problems = [problem for rule in RULES for problem in rule.problems(context)]
    problems.sort(key=lambda p: p.severity is not Severity.ERROR)
    return problems


def errors(problems: list[Problem]) -> list[Problem]:
    """Only the problems that block the final export."""
    return [p for p in problems if p.is_error]
