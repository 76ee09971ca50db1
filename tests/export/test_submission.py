"""The submission file: what is written (schema, order, values), the round trip, and the files
that must be refused quickly, with a clear message in Dutch and French and never a traceback."""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import enterprise_number, make_valid_report
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import desktop_app.resources as resources
from desktop_app.domain import compute
from desktop_app.domain.model import (
    COST_CATEGORIES,
    TRAINING_CATEGORIES,
    CostLine,
    Report,
)
from desktop_app.export import submission
from desktop_app.export.submission import (
    MAX_FILE_SIZE,
    NS,
    ImportResult,
    ReportNotExportable,
    SubmissionBug,
    SubmissionError,
    grouped_fingerprint,
    read_submission,
    read_submission_file,
    sha256_hex,
    to_xml,
)
from desktop_app.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
XSD = REPO / "resources" / "clusterReport-1.xsd"
CONTRACT_EXAMPLE = Path(__file__).with_name("contract_example.xml")
CREATED_AT = dt.datetime(2017, 2, 15, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
TODAY = dt.date(2017, 2, 10)
# A guard against hanging, not a speed goal: a bomb expanded, a 50 MB file read or a pattern
# that backtracks would take seconds to forever; every refusal here takes about 1 ms (at most
# 1.4), so a loaded machine stays far from the limit. The speed of reading is a benchmark
# (benchmarks/bench_submission.py).
REFUSAL_SECONDS = 1.0

# The contract's example, top level, in order.
CONTRACT_TOP_LEVEL = [
    "reportingYear", "subsidyAmount", "promoter", "members", "narrative", "partnerships",
    "training", "costs", "signatories", "generator", "createdAt",
]


def make_report() -> Report:
    """The shared complete, valid report of 2016, with text that is hard on XML: markup
    characters, non-ASCII letters and line breaks. Every count of the grid differs."""
    report = make_valid_report()
    report.promoter.name = "OCMW Sint-Ève & Zoë <Oost>"
    report.promoter.contact_person = "An Peeters-Łukasz"
    report.narrative = (
        "In 2016 startten we met gezamenlijke intakes.\n"
        "<b>Wat goed werkte</b>: de taallessen & het R&D-project; x<y zei de coach.\n\n"
        "Français : « réussi » — Ж α € ’ “ ” …"
    )
    report.partnerships[0].description = "Gezamenlijke intakes\nop dinsdag & donderdag <in Gent>"
    report.signatories.place = "Sint-Ève"
    for number, category in enumerate(TRAINING_CATEGORIES):
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, number + int(ocmw.id[1:]))
    return report


@pytest.fixture
def report() -> Report:
    return make_report()


@pytest.fixture
def xml(report) -> bytes:
    return to_xml(report, created_at=CREATED_AT)


def read(data: bytes) -> ImportResult:
    return read_submission(data, today=TODAY)


def edit(data: bytes, old: str, new: str, count: int = 1) -> bytes:
    """``data`` with ``old`` replaced; fails if ``old`` is not there, so no test passes by
    editing nothing."""
    text = data.decode("utf-8")
    assert old in text, old
    return text.replace(old, new, count).encode("utf-8")


def line_of(data: bytes, fragment: str) -> int:
    return data.decode("utf-8").split(fragment)[0].count("\n") + 1


def refused(data: bytes) -> SubmissionError:
    """Read ``data``, which must be refused within the time limit, and return the refusal."""
    start = time.perf_counter()
    with pytest.raises(SubmissionError) as caught:
        read(data)
    elapsed = time.perf_counter() - start
    assert elapsed < REFUSAL_SECONDS, f"took {elapsed:.3f} s"
    problems = caught.value.problems
    assert problems
    for problem in problems:
        assert problem.message.nl and problem.message.fr
        assert problem.message.nl != problem.message.fr
        assert "Traceback" not in problem.message.nl
    return caught.value


def local(element) -> str:
    return etree.QName(element).localname


def paths_in_order(root) -> list[str]:
    """Every distinct element path (``costs/costLine/income``), in order of first appearance."""
    seen: dict[str, None] = {}
    for element in root.iter(etree.Element):
        path = "/".join(local(e) for e in [*reversed(list(element.iterancestors())), element])
        seen.setdefault(path, None)
    return list(seen)


# --- what is written -------------------------------------------------------------------------


def test_the_written_file_validates_against_the_schema_with_lxml(xml):
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    schema.assertValid(etree.fromstring(xml))


def test_the_schema_refuses_what_the_contract_forbids(xml):
    # The validation above would also pass with an empty schema: show that this one bites.
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    for old, new in [
        ("<reportingYear>2016<", "<reportingYear>16<"),
        ("<income>500.00<", "<income>500.0<"),
        ("<income>500.00<", "<income>-500.00<"),
        ('<count ocmw="o2">', '<count ocmw="o9">'),
        ('<member id="o3">', '<member id="o2">'),
        ("<postalCode>9999<", "<postalCode>999<"),
        ('language="nl"', 'language="de"'),
        ('version="1"', 'version="2"'),
        ("<category>social-economy<", "<category>bank<"),
        ("<signatories>", "<signatories><extra/>"),
    ]:
        assert not schema.validate(etree.fromstring(edit(xml, old, new))), (old, new)


def test_the_written_file_validates_with_xmllint(xml, tmp_path):
    assert shutil.which("xmllint"), "xmllint is missing: install Debian's libxml2-utils"
    good = tmp_path / "good.xml"
    good.write_bytes(xml)
    result = subprocess.run(
        ["xmllint", "--schema", str(XSD), "--noout", str(good)],
        capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert "validates" in result.stderr
    # The same check says no to a file that breaks the schema.
    bad = tmp_path / "bad.xml"
    bad.write_bytes(edit(xml, '<count ocmw="o2">', '<count ocmw="o2">-'))
    result = subprocess.run(["xmllint", "--schema", str(XSD), "--noout", str(bad)], capture_output=True, text=True)
    assert result.returncode != 0


def test_the_file_starts_with_a_utf8_declaration_and_is_pretty_printed(xml):
    assert xml.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<clusterReport xmlns="urn:clusterverslag:submission:1" version="1" language="nl">\n')
    assert b"\n  <reportingYear>2016</reportingYear>\n" in xml
    xml.decode("utf-8")


def test_the_element_order_is_the_contracts(xml):
    root = etree.fromstring(xml)
    assert [local(child) for child in root] == CONTRACT_TOP_LEVEL
    example = etree.parse(str(CONTRACT_EXAMPLE)).getroot()
    assert [local(child) for child in example] == CONTRACT_TOP_LEVEL
    assert paths_in_order(root) == paths_in_order(example)


def test_the_contract_example_is_valid_and_reads(xml):
    data = CONTRACT_EXAMPLE.read_bytes()
    etree.XMLSchema(etree.parse(str(XSD))).assertValid(etree.fromstring(data))
    # The example's own enterprise number has wrong check digits; with them corrected it reads.
    corrected = data.replace(b"0212.345.678", enterprise_number("02123456").encode())
    result = read(corrected)
    assert result.report.count("assessment", "o1") == 12
    assert compute.total_activated(result.report) == 16
    assert result.report.subsidy is None  # 10000.00 is the rule of 2016
    assert result.errors == []


def test_a_file_the_checks_find_an_error_in_is_refused_at_its_line(xml):
    # One acceptance rule for every reader: what the export would refuse to write is refused.
    data = CONTRACT_EXAMPLE.read_bytes()
    with pytest.raises(SubmissionError) as refused:
        read(data)
    [problem] = refused.value.problems
    assert problem.element == "promoter.enterpriseNumber"
    assert problem.line == data[: data.index(b"<enterpriseNumber>")].count(b"\n") + 1
    assert "controlecijfers" in problem.message.nl and "chiffres de contrôle" in problem.message.fr
    assert problem.message.nl.startswith(f"Regel {problem.line}, element «promoter.enterpriseNumber»: ")


@pytest.mark.parametrize("year", ["0001", "2002"])
def test_a_year_before_the_subsidy_is_refused(xml, year):
    with pytest.raises(SubmissionError) as refused:
        read(xml.replace(b"<reportingYear>2016<", f"<reportingYear>{year}<".encode()))
    assert [p.element for p in refused.value.problems] == ["reportingYear"]
    assert refused.value.problems[0].line == 3


def test_a_file_of_the_year_9999_reads(report):
    report.year = 9999
    report.signatories.date = dt.date(9999, 12, 31)
    result = read(to_xml(report, created_at=CREATED_AT))
    assert result.report.year == 9999
    assert "signature-early" in [p.code for p in result.warnings]


def test_codes_are_written_in_the_fixed_order_with_a_count_for_every_ocmw(xml, report):
    root = etree.fromstring(xml)
    ns = {"c": NS}
    assert root.xpath("c:training/c:category/@code", namespaces=ns) == list(TRAINING_CATEGORIES)
    assert root.xpath("c:costs/c:costLine/@category", namespaces=ns) == list(COST_CATEGORIES)
    for category in root.xpath("c:training/c:category", namespaces=ns):
        assert category.xpath("c:count/@ocmw", namespaces=ns) == ["o1", "o2", "o3"]
    assert root.xpath("c:promoter/@id", namespaces=ns) == ["o1"]
    assert root.xpath("c:members/c:member/@id", namespaces=ns) == ["o2", "o3"]


def test_a_sparse_grid_is_written_in_full_with_zeros(report):
    report.training = {"assessment": {"o2": 5}}
    root = etree.fromstring(to_xml(report, created_at=CREATED_AT))
    categories = root.findall(f"{{{NS}}}training/{{{NS}}}category")
    assert len(categories) == 7
    counts = [[c.text for c in category.findall(f"{{{NS}}}count")] for category in categories]
    assert counts[0] == ["0", "5", "0"]
    assert counts[1:] == [["0", "0", "0"]] * 6


def test_computed_elements_are_the_domains(xml, report):
    root = etree.fromstring(xml)
    ns = {"c": NS}

    def value(path):
        return root.xpath(f"string({path})", namespaces=ns)

    for code in TRAINING_CATEGORIES:
        assert value(f"c:training/c:category[@code='{code}']/c:total") == str(compute.training_total(report, code))
    assert value("c:training/c:totalActivated") == str(compute.total_activated(report)) == "105"
    assert value("c:costs/c:costLine[@category='personnel']/c:clusterShare") == "20000.00"
    assert value("c:costs/c:costLine[@category='training']/c:clusterShare") == "500.25"
    totals = compute.column_totals(report)
    assert value("c:costs/c:totals/c:totalAmount") == "60250.50" == f"{totals['totalAmount'] // 100}.50"
    assert value("c:costs/c:totals/c:clusterShare") == "26500.25"
    assert value("c:costs/c:demonstratedAmount") == "26500.25"
    assert value("c:costs/c:unjustifiedAmount") == "0.00"
    assert value("c:subsidyAmount") == "10000.00"


def test_amounts_are_plain_and_enterprise_numbers_dotted(report):
    report.promoter.enterprise_number = "BE " + enterprise_number("02123456").replace(".", "")
    report.subsidy = 8_000_00
    report.costs["personnel"] = CostLine(1_234_567_89, 5, 0, 0)
    text = to_xml(report, created_at=CREATED_AT).decode()
    assert f"<enterpriseNumber>{enterprise_number('02123456')}</enterpriseNumber>" in text
    assert "<subsidyAmount>8000.00</subsidyAmount>" in text
    assert "<totalAmount>1234567.89</totalAmount>" in text
    assert "<ocmwShare>0.05</ocmwShare>" in text
    assert "<createdAt>2017-02-15T10:12:00+01:00</createdAt>" in text


def test_optional_elements_are_left_out_when_empty(report):
    report.promoter.enterprise_number = ""
    report.partnerships = []
    text = to_xml(report, created_at=CREATED_AT).decode()
    assert "<enterpriseNumber>" in text  # member o2 still has one
    assert text.count("<enterpriseNumber>") == 1
    assert "<partnerships/>" in text
    read(text.encode())


def test_user_text_is_escaped_not_interpreted(xml, report):
    text = xml.decode()
    assert "&lt;b&gt;Wat goed werkte&lt;/b&gt;" in text
    assert "x&lt;y" in text and "R&amp;D" in text
    assert "<name>OCMW Sint-Ève &amp; Zoë &lt;Oost&gt;</name>" in text
    narrative = etree.fromstring(xml).find(f"{{{NS}}}narrative")
    assert narrative.text == report.narrative and len(narrative) == 0


def test_windows_line_breaks_are_written_as_one_character(report):
    report.narrative = "a" * 2998 + "\r\nb"  # 3000 characters as the form counts them
    data = to_xml(report, created_at=CREATED_AT)
    assert b"\r" not in data and b"&#13;" not in data
    assert read(data).report.narrative == "a" * 2998 + "\nb"


def test_created_at_defaults_to_now_with_an_offset(report):
    before = dt.datetime.now().astimezone().replace(microsecond=0)
    stamp = etree.fromstring(to_xml(report)).findtext(f"{{{NS}}}createdAt")
    written = dt.datetime.fromisoformat(stamp)
    assert written.tzinfo is not None
    assert before <= written <= dt.datetime.now().astimezone()


def test_a_report_with_errors_is_not_written(report):
    report.signatories.president = ""
    report.costs["operating"] = CostLine(100, 0, 0, 200)
    with pytest.raises(ReportNotExportable) as caught:
        to_xml(report)
    assert {p.code for p in caught.value.problems} == {"signatory-missing", "shares-exceed-total"}


def test_a_character_xml_cannot_carry_is_reported_with_its_field(report):
    report.narrative = "Regel een\vregel twee"  # Word's manual line break, pasted
    report.members[0].name = "OCMW\x00Twee"
    with pytest.raises(ReportNotExportable) as caught:
        to_xml(report)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("text-unwritable-character", "members[0].name"),
        ("text-unwritable-character", "narrative"),
    ]
    assert "U+000B" in caught.value.problems[1].message.nl


def test_output_the_schema_refuses_is_reported_as_a_bug(report):
    with pytest.raises(SubmissionBug, match="generator"):
        to_xml(report, generator="   ")


# --- the round trip --------------------------------------------------------------------------


def test_import_then_export_gives_the_same_report_and_the_same_bytes(xml, report):
    result = read(xml)
    assert result.report == report
    assert result.problems == []
    assert result.sha256 == sha256_hex(xml)
    assert to_xml(result.report, created_at=CREATED_AT) == xml


def test_round_trip_in_french_with_a_subsidy_from_the_agreement(report):
    report.language = "fr"
    report.subsidy = 8_000_00
    report.costs["personnel"] = CostLine(7_000_00, 0, 0, 0)
    report.costs["activated-wages"] = CostLine()
    report.costs["third-party-agreements"] = CostLine()
    report.costs["training"] = CostLine()
    data = to_xml(report, created_at=CREATED_AT)
    assert b"<unjustifiedAmount>1000.00</unjustifiedAmount>" in data
    result = read(data)
    assert result.report == report
    assert {p.code for p in result.warnings} == {"subsidy-differs", "unjustified-amount"}


def test_a_subsidy_equal_to_the_rule_is_read_as_following_the_rule(report):
    report.subsidy = 10_000_00
    assert read(to_xml(report, created_at=CREATED_AT)).report.subsidy is None


def test_a_file_without_the_optional_training_category_is_read(xml):
    text = xml.decode()
    start = text.index('    <category code="social-activation-pathway">')
    end = text.index("    <totalActivated>")
    data = (text[:start] + text[end:]).replace("<totalActivated>105<", "<totalActivated>81<").encode()
    report = read(data).report
    assert "social-activation-pathway" not in report.training
    assert compute.total_activated(report) == 81


def test_the_narrative_may_be_exactly_3000_characters(report):
    report.narrative = "é" * 2000 + "\n" * 500 + "😀" * 500
    assert read(to_xml(report, created_at=CREATED_AT)).report.narrative == report.narrative


# --- hostile and broken files ----------------------------------------------------------------


def test_a_dtd_with_an_external_entity_is_refused(xml):
    body = xml.decode().split("\n", 1)[1].replace("<narrative>", "<narrative>&secret;")
    data = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE clusterReport [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n' + body).encode()
    error = refused(data)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert problem.line == 2
    assert "DTD" in problem.message.nl and "DTD" in problem.message.fr
    assert "root:" not in str(error)


def test_a_dtd_hidden_behind_comments_and_instructions_is_refused(xml):
    body = xml.decode().split("\n", 1)[1]
    data = ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n<?pi data?>\n'
            '<!DOCTYPE clusterReport SYSTEM "http://example.invalid/x.dtd">\n' + body).encode()
    assert refused(data).problems[0].line == 4


def test_an_entity_bomb_is_refused(xml):
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    data = ('<?xml version="1.0"?>\n<!DOCTYPE clusterReport [' + "".join(entities) + "]>\n"
            + xml.decode().split("\n", 1)[1].replace("<narrative>", "<narrative>&lol9;")).encode()
    problem = refused(data).problems[0]
    assert "DTD" in problem.message.nl


def test_the_safe_parser_itself_neither_expands_nor_fetches_entities():
    # Second line of defence, should a DTD ever get past the check before parsing: libxml2
    # refuses the bomb outright, or at least leaves it unexpanded; it never reads the file.
    bomb = ('<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{f"&{chr(97 + i)};" * 10}">' for i in range(8)) + ']><r>&i;</r>')
    start = time.perf_counter()
    try:
        root = etree.fromstring(bomb.encode(), submission._safe_parser())
    except etree.XMLSyntaxError:
        pass
    else:
        assert len(etree.tostring(root)) < 100
    assert time.perf_counter() - start < REFUSAL_SECONDS
    xxe = b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    assert b"root:" not in etree.tostring(etree.fromstring(xxe, submission._safe_parser()))


def test_a_dtd_that_passes_the_first_check_is_still_refused_after_parsing(xml, monkeypatch):
    monkeypatch.setattr(submission, "_PROLOG", re.compile(r"(?!)|"))  # the first check sees nothing
    body = xml.decode().split("\n", 1)[1]
    data = ('<?xml version="1.0"?>\n<!DOCTYPE clusterReport [<!ENTITY x "y">]>\n' + body).encode()
    assert "DTD" in refused(data).problems[0].message.nl


def test_a_50_mb_file_is_refused_before_parsing():
    data = b"<" * (50 * 1024 * 1024)
    problem = refused(data).problems[0]
    assert "50,0 MB" in problem.message.nl and "50,0 Mo" in problem.message.fr
    assert "2,0" in problem.message.nl


def test_a_50_mb_file_on_disk_is_refused_from_its_size(tmp_path):
    path = tmp_path / "huge.xml"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: refusing must not need to read it
    start = time.perf_counter()
    with pytest.raises(SubmissionError) as caught:
        read_submission_file(path)
    assert time.perf_counter() - start < REFUSAL_SECONDS
    assert "50,0\u00a0MB" in caught.value.problems[0].message.nl


def test_a_file_at_the_limit_is_parsed_and_one_byte_more_is_not(xml):
    padding = MAX_FILE_SIZE - len(xml)
    at_limit = edit(xml, "</clusterReport>", "<!--" + "x" * (padding - 7) + "--></clusterReport>")
    assert len(at_limit) == MAX_FILE_SIZE
    read(at_limit)
    assert "te groot" in refused(at_limit + b" ").problems[0].message.nl


def test_a_file_that_cannot_be_opened_gives_a_message(tmp_path):
    with pytest.raises(SubmissionError) as caught:
        read_submission_file(tmp_path / "missing.xml", "fr")
    assert "missing.xml n'existe pas" in str(caught.value)


def test_a_wrong_namespace_is_refused(xml):
    problem = refused(edit(xml, f'xmlns="{NS}"', 'xmlns="urn:something:else"')).problems[0]
    assert problem.element == "clusterReport" and problem.line == 2
    assert "urn:something:else" in problem.message.nl and NS in problem.message.fr


def test_a_file_without_namespace_is_refused(xml):
    problem = refused(edit(xml, f' xmlns="{NS}"', "")).problems[0]
    assert "namespace" in problem.message.nl


def test_another_version_is_refused_with_its_own_message(xml):
    problem = refused(edit(xml, 'version="1"', 'version="2"')).problems[0]
    assert "versie «2»" in problem.message.nl and "version « 2 »" in problem.message.fr


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_a_truncated_file_is_refused(xml, keep):
    data = xml[: int(len(xml) * keep)]
    problem = refused(data).problems[0]
    assert problem.line == data.count(b"\n") + 1
    assert "te vroeg" in problem.message.nl and "trop tôt" in problem.message.fr


def test_a_file_that_is_not_xml_is_refused():
    assert "geen geldige XML" in refused(b"Hello, this is a letter.").problems[0].message.nl
    assert "leeg" in refused(b"  \n").problems[0].message.nl


def test_a_file_in_another_encoding_is_refused(xml):
    assert "UTF-8" in refused(xml.decode().encode("utf-16")).problems[0].message.nl
    latin = edit(xml, 'encoding="UTF-8"', 'encoding="ISO-8859-1"')
    assert "ISO-8859-1" in refused(latin).problems[0].message.nl


def test_a_stated_total_that_differs_is_refused_naming_element_values_and_line(xml):
    data = edit(xml, "<total>9</total>", "<total>19</total>")
    error = refused(data)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert problem.element == "total"
    assert problem.line == line_of(data, "<total>19</total>")
    nl, fr = problem.message
    assert nl.startswith(f"Regel {problem.line}, element «total»")
    assert "vermeldt 19" in nl and "herberekend is het 9." in nl and "collective-pretraining" in nl
    assert fr.startswith(f"Ligne {problem.line}, élément « total »")
    assert "indique 19" in fr and "donne 9." in fr and "collective-pretraining" in fr


@pytest.mark.parametrize(
    ("old", "new", "element", "stated", "computed"),
    [
        ("<totalActivated>105<", "<totalActivated>106<", "totalActivated", "106", "105"),
        ("<clusterShare>20000.00<", "<clusterShare>20000.01<", "clusterShare", "20000.01", "20000.00"),
        ("<clusterShare>26500.25<", "<clusterShare>26000.25<", "clusterShare", "26000.25", "26500.25"),
        ("<totalAmount>60250.50<", "<totalAmount>60250.00<", "totalAmount", "60250.00", "60250.50"),
        ("<demonstratedAmount>26500.25<", "<demonstratedAmount>9999.99<", "demonstratedAmount", "9999.99", "26500.25"),
        ("<unjustifiedAmount>0.00<", "<unjustifiedAmount>10.00<", "unjustifiedAmount", "10.00", "0.00"),
    ],
)
def test_every_computed_element_is_recomputed(xml, old, new, element, stated, computed):
    data = edit(xml, old, new)
    problem = refused(data).problems[0]
    assert problem.element == element
    assert problem.line == line_of(data, new)
    assert stated in problem.message.nl and computed in problem.message.nl
    assert stated in problem.message.fr and computed in problem.message.fr


def test_a_negative_count_is_refused(xml):
    data = edit(xml, '<count ocmw="o2">3</count>', '<count ocmw="o2">-3</count>')
    problem = refused(data).problems[0]
    assert problem.element == "count"
    assert problem.line == line_of(data, '<count ocmw="o2">-3')
    assert "«-3»" in problem.message.nl and "« -3 »" in problem.message.fr


def test_a_count_of_an_unknown_ocmw_is_refused(xml):
    data = edit(xml, '<count ocmw="o3">4</count>', '<count ocmw="o9">4</count>')
    problems = refused(data).problems
    assert [(p.element, p.line) for p in problems] == [("count", line_of(data, 'ocmw="o9"'))]
    assert "o9" in problems[0].message.nl and "o9" in problems[0].message.fr


def test_two_ocmws_with_the_same_id_are_refused(xml):
    data = edit(xml, '<member id="o3">', '<member id="o2">')
    problems = refused(data).problems
    assert problems[0].element == "member" and problems[0].line == line_of(data, '<member id="o2">\n      <name>OCMW Drie')
    assert "o2" in problems[0].message.nl


def test_a_cluster_of_two_is_refused(xml):
    text = xml.decode()
    text = re.sub(r'\s*<member id="o3">.*?</member>', "", text, flags=re.S)
    text = re.sub(r'\s*<count ocmw="o3">\d+</count>', "", text)
    problem = refused(text.encode()).problems[0]
    assert problem.element == "members" and "3" in problem.message.nl


def test_a_too_long_narrative_is_refused(report):
    report.narrative = "ë" * 2999
    data = edit(to_xml(report, created_at=CREATED_AT), "ë</narrative>", "ëë\n</narrative>")
    problem = refused(data).problems[0]
    assert problem.element == "narrative"
    assert problem.line == line_of(data, "<narrative>")
    assert "3001" in problem.message.nl and "3000" in problem.message.fr


def test_shares_above_the_total_are_refused(xml):
    data = edit(xml, "<ocmwShare>0.00</ocmwShare>", "<ocmwShare>20000.01</ocmwShare>")
    messages = [p.message.nl for p in refused(data).problems]
    assert "Personeelskosten" in messages[0] and "50000.01" in messages[0] and "50000.00" in messages[0]


def test_codes_out_of_order_are_refused(xml):
    text = xml.decode()
    first = text.index('    <category code="assessment">')
    second = text.index('    <category code="collective-pretraining">')
    third = text.index('    <category code="qualifying-vocational-training">')
    swapped = text[:first] + text[second:third] + text[first:second] + text[third:]
    problem = refused(swapped.encode()).problems[0]
    assert problem.element == "category" and "volgorde" in problem.message.nl


def test_a_missing_required_category_is_refused(xml):
    text = xml.decode()
    start = text.index('    <category code="assessment">')
    end = text.index('    <category code="collective-pretraining">')
    data = (text[:start] + text[end:]).replace("<totalActivated>105<", "<totalActivated>99<").encode()
    problem = refused(data).problems[0]
    assert problem.element == "training"
    assert "«assessment»" in problem.message.nl and "« assessment »" in problem.message.fr


def test_a_missing_count_is_refused(xml):
    data = edit(xml, '      <count ocmw="o3">4</count>\n', "")
    problem = refused(data).problems[0]
    assert "o3" in problem.message.nl and "collective-pretraining" in problem.message.nl


def test_schema_errors_carry_the_line_and_the_element(xml):
    data = edit(xml, "<postalCode>9999<", "<postalCode>99999<")
    problem = refused(data).problems[0]
    assert (problem.element, problem.line) == ("postalCode", line_of(data, "<postalCode>"))
    assert "99999" in problem.message.nl and "vier cijfers" in problem.message.nl


def test_a_file_with_very_many_errors_lists_the_first_fifty_and_counts_the_rest(report):
    for number in range(30):
        report.add_member(f"OCMW {number}")
    text = to_xml(report, created_at=CREATED_AT).decode()
    text = re.sub(r'(<count ocmw="o\d+">)(\d+)<', r"\1-\2<", text)
    problems = refused(text.encode()).problems
    assert len(problems) == submission.MAX_PROBLEMS + 1
    assert problems[-1].message.nl == f"En nog {7 * 33 - 50} andere problemen."


def test_the_error_speaks_the_language_asked_for(xml):
    with pytest.raises(SubmissionError) as caught:
        read_submission(edit(xml, 'version="1"', 'version="9"'), "fr")
    assert str(caught.value).startswith("Ligne 2")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0), position=st.integers(min_value=0), byte=st.integers(0, 255))
def test_no_damaged_file_causes_anything_but_a_clear_refusal(xml, cut, position, byte):
    damaged = bytearray(xml)
    damaged[position % len(damaged)] = byte
    for data in (bytes(damaged), xml[: cut % len(xml)]):
        try:
            read(data)
        except SubmissionError as error:
            assert all(p.message.nl and p.message.fr for p in error.problems)


# --- fingerprints, resources, layering -------------------------------------------------------


def test_sha256_and_the_grouped_fingerprint():
    digest = sha256_hex(b"abc")
    assert digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert grouped_fingerprint(digest) == "ba78 16bf 8f01 cfea"
    with pytest.raises(ValueError):
        grouped_fingerprint("not hex at all, no")


def test_resource_path_finds_the_schema_and_follows_pyinstaller(monkeypatch, tmp_path):
    assert resource_path("clusterReport-1.xsd") == XSD and XSD.is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("clusterReport-1.xsd") == tmp_path / "resources" / "clusterReport-1.xsd"


def test_the_submission_module_imports_no_qt():
    source = Path(submission.__file__).read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            assert not any(n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} for n in names)
