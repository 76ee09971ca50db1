"""A cluster of 20 member OCMWs with 200 partnerships (issue 15, "no text breaks the PDF"): the
PDF flows over pages with the table headers repeated, every name is printed and nothing runs off
a page (poppler's text and word boxes), and the submission file validates and reads back."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from desktop_app.export.files import render_export
from desktop_app.export.submission import read_submission
from factories import TODAY, make_large_report

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

PARTNERSHIPS, MEMBERS = 200, 20


@pytest.fixture(scope="module", params=["nl", "fr"])
def exported(request, tmp_path_factory) -> tuple[object, bytes, Path]:
    report = make_large_report(PARTNERSHIPS, MEMBERS)
    report.language = request.param
    xml, pdf = render_export(report)
    path = tmp_path_factory.mktemp("large") / "large.pdf"
    path.write_bytes(pdf)
    return report, xml, path


def page_texts(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]


def test_every_partnership_and_member_is_printed_whole(exported):
    report, _xml, path = exported
    pages = page_texts(path)
    assert len(pages) > 8
    joined = " ".join(" ".join(page.split()) for page in pages)
    for number in range(1, PARTNERSHIPS + 1):
        # Name, reference and description each once, whatever their line breaks in the cell.
        assert len(re.findall(rf"Partner {number:03d} vzw", joined)) == 1, number
        assert len(re.findall(rf"SO-2016-{number:03d}\b", joined)) == 1, number
        assert f"Samenwerking {number:03d}:" in joined
    for number in range(1, MEMBERS + 1):
        assert f"OCMW Lid {number:02d}" in joined
    assert re.search(r"Partner 200 vzw", pages[-1]) is None  # the signatures close the report alone


def test_the_partnership_table_header_is_repeated_on_every_page_it_flows_over(exported):
    report, _xml, path = exported
    header = "Omschrijving" if report.language == "nl" else "Description"
    pages = page_texts(path)
    with_partnerships = [page for page in pages if re.search(r"Partner \d{3} vzw", page)]
    assert len(with_partnerships) >= 8
    for page in with_partnerships:
        assert header in page, page[:400]
    # The rows follow each other over the pages: none lost, none twice.
    numbers = [int(n) for page in with_partnerships for n in re.findall(r"Partner (\d{3}) vzw", page)]
    assert numbers == list(range(1, PARTNERSHIPS + 1))


def test_no_word_runs_off_a_page(exported):
    """poppler's box of every word lies inside the page, 5 mm from each edge at least."""
    _report, _xml, path = exported
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    margin = 5 / 25.4 * 72
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert pages
    for width, height, words in pages:
        for x_min, y_min, x_max, y_max in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', words):
            assert float(x_min) >= margin and float(x_max) <= float(width) - margin
            assert float(y_min) >= margin and float(y_max) <= float(height) - margin


def test_the_training_grid_is_split_into_parts_with_the_totals(exported):
    report, _xml, path = exported
    joined = " ".join(" ".join(page.split()) for page in page_texts(path))
    part = "deel" if report.language == "nl" else "partie"
    parts = re.findall(rf"{part} (\d) (?:van|sur) (\d)", joined)
    assert parts and len({total for _n, total in parts}) == 1 and len(parts) == int(parts[0][1])


def test_the_submission_file_validates_and_reads_back(exported, tmp_path):
    report, xml, _path = exported
    result = read_submission(xml, today=TODAY)
    assert len(result.report.members) == MEMBERS and len(result.report.partnerships) == PARTNERSHIPS
    assert [p.partner for p in result.report.partnerships] == [p.partner for p in report.partnerships]
    if shutil.which("xmllint"):  # an independent check against the schema
        from desktop_app.resources import resource_path

        xsd = next(Path(resource_path("")).rglob("*.xsd"))
        (tmp_path / "large.xml").write_bytes(xml)
        checked = subprocess.run(["xmllint", "--noout", "--schema", str(xsd), str(tmp_path / "large.xml")],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
    assert etree.fromstring(xml) is not None
