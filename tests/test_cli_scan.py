"""``clusterverslag import-scan FILE... [--db PATH] [--again] [--view]`` (issue 16): a scanned
print becomes a new report, as ``import`` makes one from the file; the same refusals and exit
statuses, messages in the chosen language."""

from __future__ import annotations

import pytest

from desktop_app import cli
from desktop_app.export.pdf import render_pdf
from desktop_app.export.submission import sha256_hex, to_xml
from desktop_app.storage import ReportStore
from factories import make_long_report
from scan_pictures import distort, render_pages, scanner_like


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scan")
    report = make_long_report()
    xml = to_xml(report)
    paths = []
    for n, page in enumerate(render_pages(render_pdf(report, xml), 150), start=1):
        path = folder / f"pagina-{n}.jpg"
        distort(page, scanner_like(n), seed=n).save(path, "JPEG", quality=50)
        paths.append(path)
    return xml, paths


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_scan_is_imported_as_a_new_report_and_its_id_printed(scanned, tmp_path, capsys):
    xml, paths = scanned
    db = tmp_path / "r.sqlite"
    code, out, err = run(capsys, "import-scan", *reversed([str(p) for p in paths]), "--db", str(db), "--lang", "nl")
    assert code == cli.OK, err
    report_id = int(out.strip())
    assert f"vingerafdruk {sha256_hex(xml)}" in err
    store = ReportStore.open(db)
    try:
        stored = store.load(report_id)
    finally:
        store.close()
    assert to_xml(stored, created_at=None) and stored.promoter.name == make_long_report().promoter.name
    assert len(stored.partnerships) == 40
    # Again: refused as import refuses it, naming the report; --again imports it anyway.
    code, out, err = run(capsys, "import-scan", *map(str, paths), "--db", str(db), "--lang", "fr")
    assert code == cli.INPUT_PROBLEM and out == ""
    assert f"le rapport {report_id} a le même contenu" in err
    assert "L'impression scannée a déjà été importée" in err  # the print: feminine in French
    code, out, err = run(capsys, "import-scan", *map(str, paths), "--db", str(db), "--again")
    assert code == cli.OK and int(out) == report_id + 1


def test_a_picture_without_code_is_not_counted_as_a_page_read(scanned, tmp_path, capsys):
    from PIL import Image

    _xml, paths = scanned
    blank = tmp_path / "leeg.png"
    Image.new("L", (1240, 1754), 255).save(blank)
    said = []
    for pictures in (paths, [blank, *paths]):
        code, _out, err = run(capsys, "import-scan", "--view", *map(str, pictures),
                              "--db", str(tmp_path / "r.sqlite"), "--lang", "nl")
        assert code == cli.OK, err
        said.append(err.splitlines()[0])
    assert said[0] == said[1]  # "6 gegevenscode(s) gelezen op 3 pagina('s)" both times


def test_view_prints_what_the_print_holds_and_imports_nothing(scanned, tmp_path, capsys):
    xml, paths = scanned
    db = tmp_path / "none.sqlite"
    code, out, err = run(capsys, "import-scan", *map(str, paths), "--view", "--db", str(db), "--lang", "fr")
    assert code == cli.OK, err
    assert "Promoteur : OCMW Voorbeeld" in out and "Année du rapport : 2016" in out
    assert f"Empreinte (SHA-256) : {sha256_hex(xml)}" in out
    assert "Rien n'a été importé." in err
    assert not db.exists()


def test_a_missing_page_is_an_input_problem_naming_codes_and_pages(scanned, tmp_path, capsys):
    _, paths = scanned
    code, out, err = run(capsys, "import-scan", str(paths[0]), str(paths[2]), "--db", str(tmp_path / "x.sqlite"),
                         "--lang", "nl")
    assert code == cli.INPUT_PROBLEM and out == ""
    assert "Er ontbreken gegevenscodes: 3, 4 van" in err and "pagina 2 van de afdruk" in err
    assert not (tmp_path / "x.sqlite").exists()


def test_without_files_it_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["import-scan", "--lang", "nl"])
    assert stopped.value.code == cli.USAGE
