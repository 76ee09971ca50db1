"""The exports are total too: ``to_xml`` answers every report the widgets can carry with a file
or with the errors that block it, a report without errors exports and reads back as it was,
and its PDF prints, at the largest values the fields take."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from pypdf import PdfReader

from desktop_app.domain.checks import check_report, errors
from desktop_app.domain.model import Report
from desktop_app.export.pdf import render_pdf
from desktop_app.export.submission import ReportNotExportable, read_submission, to_xml
from strategies import clean_reports, widget_reports

CREATED_AT = dt.datetime(2017, 2, 15, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def as_read_back(report: Report) -> Report:
    """What a report looks like after a trip through its file: the XML's line breaks."""
    expected = report.copy()
    expected.narrative = expected.narrative.replace("\r\n", "\n").replace("\r", "\n")
    return expected


@PROPERTY
@given(report=widget_reports())
def test_to_xml_writes_a_file_or_names_the_errors_never_anything_else(report):
    blocking = errors(check_report(report))
    try:
        data = to_xml(report, created_at=CREATED_AT)
    except ReportNotExportable as refused:
        assert refused.problems == blocking
        return
    assert not blocking
    read_submission(data)


@PROPERTY
@given(report=clean_reports())
def test_a_report_without_errors_exports_and_reads_back_as_it_was(report):
    assert not errors(check_report(report))
    data = to_xml(report, created_at=CREATED_AT)
    result = read_submission(data)
    expected = as_read_back(report)
    if expected.subsidy is not None and result.report.subsidy is None:
        expected.subsidy = None  # the amount of the year's rule reads back as following it
    assert result.report == expected
    assert to_xml(result.report, created_at=CREATED_AT) == data


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=clean_reports())
def test_the_pdf_of_a_report_without_errors_prints_at_the_extremes(report):
    data = to_xml(report, created_at=CREATED_AT)
    pdf = render_pdf(report, data)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments["clusterReport.xml"] == [data]
    assert f"{report.year}" in "".join(page.extract_text() for page in reader.pages)
