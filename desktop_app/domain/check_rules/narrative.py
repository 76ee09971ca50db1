"""Rules on part 2 of the form, the narrative (inhoudelijke rapportage / rapport qualitatif)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import NARRATIVE_LIMIT
from ..text import Text
from .base import ERROR, Context, Finding, count_text, rule

PART = "narrative"


def narrative_length(text: str) -> int:
    """Characters as the form counts them: Unicode characters, a line break counting as one."""
    return len(text.replace("\r\n", "\n"))


@rule("narrative-empty", ERROR, PART, "narrative",
      Text("Vul de inhoudelijke rapportage in.", "Rédigez le rapport qualitatif."))
def narrative_empty(context: Context) -> Iterator[Finding]:
    """No narrative, or only spaces and line breaks."""
    if not context.report.narrative.strip():
        yield Finding("narrative")


@rule(
    "narrative-too-long", ERROR, PART, "narrative",
    Text("De inhoudelijke rapportage telt {length} tekens; het maximum is {limit}.",
         "Le rapport qualitatif compte {length} caractères ; le maximum est {limit}."),
)
def narrative_too_long(context: Context) -> Iterator[Finding]:
    """A narrative longer than the form's 3,000 characters."""
    text = context.report.narrative
    length = narrative_length(text)
    if text.strip() and length > NARRATIVE_LIMIT:
        yield Finding("narrative", {"length": count_text(length), "limit": count_text(NARRATIVE_LIMIT)})
