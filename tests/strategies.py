"""Hypothesis strategies for whole reports, shared by the domain, export and CLI tests.

``widget_reports`` holds anything the wizard's widgets or a valid-looking submission file can
put into a report: years 0 to 9999 (the year field takes any four digits), amounts and counts
up to the largest the fields take, either sign, names of up to 10,000 characters, any text in
the unreadable inputs. ``clean_reports`` holds reports the checks find no error in, with the
same extremes where they are allowed (texts up to their fields' limits): these must export,
read back and print.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from desktop_app.domain.model import (
    COST_CATEGORIES,
    ENTERED_COST_COLUMNS,
    NARRATIVE_LIMIT,
    PARTNERSHIP_CATEGORIES,
    TRAINING_CATEGORIES,
    CostLine,
    Organisation,
    Partnership,
    Report,
    Signatories,
    cost_path,
    training_path,
)
from desktop_app.domain.check_rules.general import TEXT_LIMITS
from desktop_app.domain.fields import MAX_COUNT
from desktop_app.domain.money import MAX_CENTS
from factories import make_valid_report

LONGEST_NAME = 10_000
MAX_AMOUNT = MAX_CENTS - 1

# Every date a date field can hold: years 1 to 9999.
any_date = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def long_text(alphabet=None, *, min_size: int = 0, longest: int = LONGEST_NAME) -> st.SearchStrategy[str]:
    """Short text mostly, now and then a piece repeated up to ``longest`` characters."""
    alphabet = st.characters(codec="utf-8") if alphabet is None else alphabet
    piece = st.text(alphabet, min_size=max(1, min_size), max_size=6)
    repeated = st.builds(lambda p, n: (p * n)[:longest], piece, st.integers(1, longest))
    return st.one_of(st.text(alphabet, min_size=min_size, max_size=min(40, longest)), repeated)


any_text = long_text()
amounts = st.integers(-MAX_AMOUNT, MAX_AMOUNT)
counts = st.integers(-MAX_COUNT, MAX_COUNT)

_UNREADABLE_PATHS = st.one_of(
    st.sampled_from(["reportingYear", "subsidyAmount", "signatories.date", "partnerships[0].agreementDate"]),
    st.builds(cost_path, st.sampled_from(COST_CATEGORIES), st.sampled_from(ENTERED_COST_COLUMNS)),
    st.builds(training_path, st.sampled_from(TRAINING_CATEGORIES), st.sampled_from(["o1", "o2", "o9"])),
)
# What a user may leave in a number field: anything, long digit runs and near-numbers included.
_TYPED = st.one_of(any_text, st.text("0123456789.,- €", max_size=60), st.text("0123456789", min_size=4000, max_size=6000))


@st.composite
def organisations(draw, ocmw_id: str) -> Organisation:
    return Organisation(ocmw_id, *(draw(any_text) for _ in range(8)))


@st.composite
def widget_reports(draw) -> Report:
    """Any report the widgets or a valid-looking file can carry."""
    report = Report(
        year=draw(st.none() | st.integers(0, 9999)),
        language=draw(st.sampled_from(["nl", "fr"])),
        subsidy=draw(st.none() | amounts),
        promoter=draw(organisations("o1")),
        narrative=draw(any_text),
        partnerships=draw(st.lists(st.builds(
            Partnership, any_text, st.sampled_from(("", *PARTNERSHIP_CATEGORIES)), any_text,
            st.none() | any_date, any_text,
        ), max_size=4)),
        signatories=Signatories(draw(any_text), draw(any_text), draw(any_text), draw(st.none() | any_date)),
    )
    for index in range(draw(st.integers(0, 5))):
        report.members.append(draw(organisations(f"o{index + 2}")))
    ids = [o.id for o in report.ocmws] + ["o99"]  # and one that is no longer in the cluster
    for category in draw(st.lists(st.sampled_from(TRAINING_CATEGORIES), unique=True)):
        for ocmw_id in draw(st.lists(st.sampled_from(ids), unique=True)):
            report.set_count(category, ocmw_id, draw(counts))
    for category in COST_CATEGORIES:
        report.costs[category] = CostLine(*(draw(amounts) for _ in ENTERED_COST_COLUMNS))
    report.unreadable = draw(st.dictionaries(_UNREADABLE_PATHS, _TYPED, max_size=3))
    return report


# Text the checks accept in a required field: printable, not only spaces.
_PRINTABLE = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs"))
required_text = long_text(_PRINTABLE, min_size=1).filter(lambda t: t.strip())


def field_text(field: str) -> st.SearchStrategy[str]:
    """Required text up to the length the checks allow in ``field`` (``TEXT_LIMITS``)."""
    return long_text(_PRINTABLE, min_size=1, longest=TEXT_LIMITS[field]).filter(lambda t: t.strip())


@st.composite
def clean_reports(draw) -> Report:
    """A report without errors, pushed to the largest values the checks allow."""
    report = make_valid_report()
    report.year = draw(st.integers(2003, 9999))
    report.language = draw(st.sampled_from(["nl", "fr"]))
    report.promoter.name = draw(field_text("name"))
    report.promoter.street = draw(field_text("street"))
    report.promoter.municipality = draw(field_text("municipality"))
    report.promoter.contact_person = draw(field_text("contactPerson"))
    for member in report.members:
        member.name = draw(field_text("name"))
    for _ in range(draw(st.integers(0, 3))):
        report.add_member(draw(field_text("name")))
    # Distinct names keep the duplicate warning out of the way; it is not an error anyway.
    report.narrative = draw(st.text(_PRINTABLE, min_size=1, max_size=NARRATIVE_LIMIT).filter(lambda t: t.strip()))
    for partnership in report.partnerships:
        partnership.partner = draw(field_text("partner"))
        partnership.agreement_reference = draw(field_text("agreementReference"))
        partnership.description = draw(st.one_of(st.just(""), field_text("description")))
        partnership.agreement_date = draw(st.none() | any_date)
    for category in TRAINING_CATEGORIES:
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, draw(st.integers(0, MAX_COUNT)))
    for category in COST_CATEGORIES:
        shares = [draw(st.integers(0, MAX_AMOUNT // 4)) for _ in range(3)]
        total = draw(st.integers(sum(shares), MAX_AMOUNT))
        report.costs[category] = CostLine(total, *shares)
    report.subsidy = draw(st.none() | st.integers(0, MAX_AMOUNT))
    report.signatories = Signatories(draw(field_text("president")), draw(field_text("secretary")),
                                     draw(field_text("place")), draw(any_date))
    return report
