"""``validate`` refuses a submission file whose names are longer than the checks' limits, as
the window refuses to export them (issue 15)."""

from __future__ import annotations

from test_cli import run  # noqa: F401 (the same way of running the program)

from desktop_app.export.submission import to_xml
from factories import make_valid_report


def test_validate_refuses_a_name_of_thousands_of_characters_at_its_field(tmp_path):
    # Made elsewhere: the program itself does not write such a file.
    long_name = ("OCMW Twee " * 500)[:4999] + "e"  # 5,000 characters
    xml = to_xml(make_valid_report())
    assert xml.count(b"<name>OCMW Twee</name>") == 1
    path = tmp_path / "long-name.xml"
    path.write_bytes(xml.replace(b"<name>OCMW Twee</name>", f"<name>{long_name}</name>".encode()))
    result = run("validate", str(path))
    assert result.returncode == 1
    assert "members[0].name" in result.stderr and "5.000" in result.stderr and "200" in result.stderr
    french = run("validate", str(path), "--lang", "fr")
    assert french.returncode == 1 and "5\u00a0000" in french.stderr and "caractères" in french.stderr


def test_validate_accepts_a_name_at_the_limit(tmp_path):
    report = make_valid_report()
    report.members[0].name = ("OCMW Twee " * 20)[:199] + "e"
    path = tmp_path / "name-at-limit.xml"
    path.write_bytes(to_xml(report))
    result = run("validate", str(path))
    assert result.returncode == 0, result.stderr
