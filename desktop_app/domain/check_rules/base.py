"""What a check rule is, and the table that holds them all.

A rule is a small function that looks at a report and names the fields where one thing is
wrong; around it the rule declares its stable code, its severity, the part of the form it
belongs to, the field paths it can report (as patterns) and its messages in Dutch and French.
:func:`rule` registers the function in :data:`RULES`, in the order the modules of this
package define them: the order of the form.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from .. import compute
from ..model import Report
from ..money import format_count
from ..text import Text


class Severity(str, Enum):
    """An error blocks the final export; a warning is shown but does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a report."""

    severity: Severity
    code: str
    path: str
    message: Text

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


# The parts of the form, in its order: the wizard's pages. "any" holds the rules that look
# at every field of the report whatever its page.
PARTS = ("any", "identification", "narrative", "partnerships", "training", "costs", "check-sign")


@dataclass(frozen=True)
class Finding:
    """What a rule found: the field, the values its message needs, and which of the rule's
    messages says it (the key ``""`` for a rule with one message). A value that is a
    :class:`Text` is put in each language's own words."""

    path: str
    values: Mapping[str, object] = field(default_factory=dict)
    message: str = ""


class Context:
    """The report being checked, the day it is checked on, and what several rules compute
    from it (computed once per check)."""

    def __init__(self, report: Report, today: dt.date):
        self.report = report
        self.today = today

    @cached_property
    def summary(self) -> compute.FinancialSummary:
        return compute.financial_summary(self.report)

    @cached_property
    def ocmw_ids(self) -> set[str]:
        return {o.id for o in self.report.ocmws}

    @cached_property
    def text_fields(self) -> list[tuple[str, str]]:
        """Every free-text field of the report with its path (``general.text_fields``)."""
        from .general import text_fields

        return text_fields(self.report)


Find = Callable[[Context], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """One check: its code (stable: tests, the window and ``validate`` output name it), its
    severity, the part of the form it belongs to, the field paths it reports (patterns:
    ``*`` is one name, ``[*]`` a list index, ``{a,b}`` one of the names listed) and its
    messages in both languages, by key."""

    code: str
    severity: Severity
    part: str
    paths: tuple[str, ...]
    messages: Mapping[str, Text]
    find: Find

    @property
    def description(self) -> str:
        """What the rule checks, from its function's docstring."""
        return inspect.getdoc(self.find) or ""

    def covers(self, path: str) -> bool:
        """Whether ``path`` is one of the paths this rule declares it reports."""
        return any(_pattern(p).fullmatch(path) for p in self.paths)

    def problems(self, context: Context) -> Iterator[Problem]:
        """The problems this rule finds in the report of ``context``."""
        for finding in self.find(context):
            yield Problem(self.severity, self.code, finding.path,
                          fill(self.messages[finding.message], finding.values))


def fill(template: Text, values: Mapping[str, object]) -> Text:
    """``template`` with its ``{name}`` placeholders filled in each language; a value that is
    a :class:`Text` gives its Dutch words to the Dutch text and its French to the French."""
    nl = {k: v.nl if isinstance(v, Text) else v for k, v in values.items()}
    fr = {k: v.fr if isinstance(v, Text) else v for k, v in values.items()}
    return Text(template.nl.format(**nl), template.fr.format(**fr))


def count_text(count: int) -> Text:
    """A count written the Belgian way in each language (3.000 / 3 000)."""
    return Text(format_count(count, "nl"), format_count(count, "fr"))


def shortened(text: str, limit: int = 40) -> str:
    """``text`` without its outer spaces, cut to ``limit`` characters with "…" when longer:
    what a message quotes of a field, so that a message stays a line or two."""
    text = text.strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _pattern(text: str) -> re.Pattern[str]:
    pattern = re.escape(text)
    pattern = pattern.replace(r"\[\*\]", r"\[\d+\]").replace(r"\*", r"[^.\[\]]+")
    pattern = re.sub(r"\\\{(.*?)\\\}", lambda m: "(?:" + "|".join(m[1].split(",")) + ")", pattern)
    return re.compile(pattern)


RULES: list[Rule] = []


def rule(
    code: str,
    severity: Severity,
    part: str,
    paths: tuple[str, ...] | str,
    message: Text | None = None,
    **messages: Text,
) -> Callable[[Find], Find]:
    """Register the decorated function as the rule ``code``; ``message`` is its one message,
    or ``messages`` its messages by key."""
    if isinstance(paths, str):
        paths = (paths,)
    if message is not None:
        messages = {"": message, **messages}

    def register(find: Find) -> Find:
        RULES.append(Rule(code, severity, part, paths, messages, find))
        return find

    return register


ERROR = Severity.ERROR
WARNING = Severity.WARNING
