"""The identity constraints of the submission format (unique ids, one count per OCMW, counts of
known OCMWs, each code and category once) are checked in linear time by the program instead of
by libxml2, whose check grows with the square of the counts; the published XSD still states
them, and both give the same verdicts. A file with more elements than a real report can have is
refused before the schema runs."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest
from factories import make_valid_report
from lxml import etree

from desktop_app.domain.model import TRAINING_CATEGORIES
from desktop_app.export import submission
from desktop_app.export.submission import MAX_COUNTS, MAX_OCMWS, SubmissionError, read_submission, to_xml

XSD = Path(__file__).resolve().parents[2] / "resources" / "clusterReport-1.xsd"


@pytest.fixture(scope="module")
def published():
    """The XSD as published, with its identity constraints, validated by libxml2."""
    return etree.XMLSchema(etree.parse(str(XSD)))


@pytest.fixture(scope="module")
def xml() -> str:
    report = make_valid_report()
    report.add_member("OCMW Vier")
    return to_xml(report).decode()


# Each edit breaks (or keeps) an identity constraint; combined at random below.
EDITS = [
    ('<count ocmw="o2">', '<count ocmw="o1">'),  # two counts for o1 in a category
    ('<count ocmw="o3">', '<count ocmw="zz">'),  # a count of an unknown OCMW
    ('<count ocmw="o2">', '<count ocmw=" o2 ">'),  # the same id, white space collapsed: fine
    ('<count ocmw="o4">', '<count ocmw=" o1">'),  # a duplicate after collapsing
    ('<member id="o3">', '<member id="o2">'),  # two OCMWs with one id
    ('<member id="o4">', '<member id=" o4 ">'),  # fine
    ('<promoter id="o1">', '<promoter id="o4">'),  # the promoter takes a member's id
    ('code="collective-pretraining"', 'code="assessment"'),  # a training code twice
    ('category="activated-wages"', 'category="personnel"'),  # a cost category twice
    ('<count ocmw="o2">', '<count>'),  # no attribute: the type says so
    ('<member id="o3">', '<member id="3o">'),  # an id the type refuses
    ("<postalCode>9999<", "<postalCode>99<"),  # another kind of error beside them
]


def edited(xml: str, edits) -> bytes:
    for old, new in edits:
        xml = xml.replace(old, new, 1)
    return xml.encode()


def verdicts(published, data: bytes):
    tree = etree.fromstring(data, submission._safe_parser()).getroottree()
    theirs = published.validate(tree)
    identity_theirs = sorted((e.line, e.message) for e in published.error_log if "key-sequence" in e.message)
    ours = submission._validate(tree)
    identity_ours = sorted((e.line, e.message) for e in ours if "key-sequence" in e.message)
    return theirs, not ours, identity_theirs, identity_ours


@pytest.mark.parametrize("edit", EDITS, ids=[new for _old, new in EDITS])
def test_each_edit_gets_the_published_schemas_verdict(published, xml, edit):
    theirs, ours, identity_theirs, identity_ours = verdicts(published, edited(xml, [edit]))
    assert ours == theirs
    if "3o" not in edit[1] and "<count>" != edit[1]:  # libxml2 skips the keys of invalid values
        assert identity_ours == identity_theirs


def test_any_combination_gets_the_published_schemas_verdict(published, xml):
    chance = random.Random(17)
    for _ in range(150):
        chosen = chance.sample(EDITS, chance.randint(0, 4))
        theirs, ours, _identity_theirs, _identity_ours = verdicts(published, edited(xml, chosen))
        assert ours == theirs, chosen


def test_the_published_xsd_keeps_its_identity_constraints(published, xml):
    text = XSD.read_text(encoding="utf-8")
    assert text.count("<xs:unique") == 3 and "<xs:key " in text and "<xs:keyref" in text
    # The schema the program reads with leaves them to the program.
    duplicate = etree.fromstring(edited(xml, [EDITS[0]]), submission._safe_parser())
    assert submission._schema().validate(duplicate) and not published.validate(duplicate)


def test_a_duplicate_count_is_still_said_in_plain_words_at_its_line(xml):
    data = edited(xml, [('<count ocmw="o2">', '<count ocmw="o1">')])
    with pytest.raises(SubmissionError) as refused:
        read_submission(data)
    [problem] = refused.value.problems
    assert problem.element == "count" and problem.line == data[:data.index(b'<count ocmw="o1">', data.index(
        b'<count ocmw="o1">') + 1)].count(b"\n") + 1
    assert "twee aantallen voor OCMW «o1»" in problem.message.nl


def _many_counts(xml: str, count: int) -> bytes:
    """The first category with ``count`` counts, all for the promoter (duplicates)."""
    match = re.search(r'(<category code="[^"]+">)(.*?)(<total>)', xml, re.S)
    counts = '<count ocmw="o1">1</count>' * count
    return (xml[:match.start(2)] + counts + xml[match.end(2):]).encode()


def test_duplicates_are_found_without_the_square_of_their_number(xml):
    """16,000 counts of one OCMW (beyond the bound read_submission refuses, so that the
    schema's own cost shows): libxml2 took 6 s for them, and 17 to 19 s when the same file was
    read again in the same process; a pass with a set takes a small part of a second, every
    time. Timed against parsing the same bytes in the same test (a linear pass of libxml2), so
    that a loaded machine slows both: the check takes 4 to 8 times the parse here, the
    schema's quadratic check took 800 times."""
    data = _many_counts(xml, 16_000)
    parses, checks = [], []
    for _ in range(3):  # the third read of a file was the slowest
        started = time.perf_counter()
        tree = etree.fromstring(data, submission._safe_parser()).getroottree()
        parses.append(time.perf_counter() - started)
        started = time.perf_counter()
        problems = submission._validate(tree)
        checks.append(time.perf_counter() - started)
        assert len(problems) == 15_999  # every duplicate, at its line
    # The median: one read slowed by the machine fails nothing; reads that slow down do.
    assert sorted(checks)[1] < 50 * min(parses), f"checks {checks}, parses {parses}"
def test_more_members_than_ocmws_in_belgium_are_refused_before_the_schema(xml, monkeypatch):
    extra = "".join(f'<member id="m{n}"><name>OCMW {n}</name></member>' for n in range(MAX_OCMWS))
    data = xml.replace("</members>", extra + "</members>", 1).encode()
    monkeypatch.setattr(submission, "_validate", lambda tree: pytest.fail("the schema ran"))
    with pytest.raises(SubmissionError) as refused:
        read_submission(data)
    [problem] = refused.value.problems
    assert problem.element == "members" and f"hoogstens {MAX_OCMWS - 1}" in problem.message.nl
    assert "au plus 580" in problem.message.fr


def test_more_counts_than_a_report_can_have_are_refused_before_the_schema(xml, monkeypatch):
    data = _many_counts(xml, MAX_COUNTS + 1)
    monkeypatch.setattr(submission, "_validate", lambda tree: pytest.fail("the schema ran"))
    with pytest.raises(SubmissionError) as refused:
        read_submission(data)
    assert f"hoogstens {MAX_COUNTS}" in refused.value.problems[0].message.nl


def test_a_report_of_every_ocmw_of_belgium_is_read():
    report = make_valid_report()
    for number in range(MAX_OCMWS - 3):
        report.add_member(f"OCMW {number}")
    for category in TRAINING_CATEGORIES:
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, 1)
    result = read_submission(to_xml(report))
    assert len(result.report.ocmws) == MAX_OCMWS
