"""Writing an export: the PDF and the submission file both, or neither. A failure on the way
(a full disk, an I/O error) leaves any older pair as it was and no temporary file behind, and
is told in the user's language."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from desktop_app.export import files
from desktop_app.export.files import export_report, write_failure_reason, write_together
from factories import make_valid_report

CREATED_AT = dt.datetime(2017, 2, 15, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
TODAY = dt.date(2017, 2, 10)


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def older_pair(tmp_path) -> dict[str, bytes]:
    """An export of the report as it was, in ``tmp_path``; the report then changes."""
    export_report(make_valid_report(), tmp_path, created_at=CREATED_AT, today=TODAY)
    return contents(tmp_path)


def changed_report():
    report = make_valid_report()
    report.narrative += " Een latere aanvulling."
    return report


def fail_at(monkeypatch, name: str, call: int, code: int = errno.ENOSPC) -> list:
    """Make ``files.os.<name>`` raise OSError(code) at its ``call``-th call (from 1)."""
    real = getattr(files.os, name)
    calls: list = []

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == call:
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    monkeypatch.setattr(files.os, name, failing)
    return calls


def test_an_export_writes_both_files(tmp_path, older_pair):
    assert sorted(older_pair) == ["jaarverslag-cluster-2016-ocmw-voorbeeld.pdf", "jaarverslag-cluster-2016-ocmw-voorbeeld.xml"]


def test_a_full_disk_at_the_second_file_leaves_the_older_pair_untouched(tmp_path, older_pair, monkeypatch):
    fail_at(monkeypatch, "write", 2)  # the first write of the second file
    with pytest.raises(OSError) as failure:
        export_report(changed_report(), tmp_path, created_at=CREATED_AT, today=TODAY)
    assert failure.value.errno == errno.ENOSPC
    assert contents(tmp_path) == older_pair


def test_a_failed_rename_of_the_second_file_puts_the_first_back(tmp_path, older_pair, monkeypatch):
    calls = fail_at(monkeypatch, "replace", 2)
    with pytest.raises(OSError):
        export_report(changed_report(), tmp_path, created_at=CREATED_AT, today=TODAY)
    assert len(calls) >= 2
    assert contents(tmp_path) == older_pair


def test_a_failed_export_without_an_older_pair_leaves_nothing(tmp_path, monkeypatch):
    fail_at(monkeypatch, "replace", 2, errno.EIO)
    with pytest.raises(OSError):
        export_report(make_valid_report(), tmp_path, created_at=CREATED_AT, today=TODAY)
    assert contents(tmp_path) == {}


def test_write_together_replaces_both_and_leaves_nothing_else(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "a.xml"
    a.write_bytes(b"old a")
    write_together([(a, b"new a"), (b, b"new b")])
    assert contents(tmp_path) == {"a.pdf": b"new a", "a.xml": b"new b"}


def test_a_really_full_disk_leaves_the_older_pair_untouched(tiny_disk):
    export_report(make_valid_report(), tiny_disk, created_at=CREATED_AT, today=TODAY)
    before = contents(tiny_disk)
    with pytest.raises(OSError) as failure:
        export_report(changed_report(), tiny_disk, created_at=CREATED_AT, today=TODAY)
    assert failure.value.errno == errno.ENOSPC
    assert contents(tiny_disk) == before


@pytest.mark.parametrize("code, nl, fr", [
    (errno.ENOSPC, "de schijf is vol", "le disque est plein"),
    (errno.EDQUOT, "schijfquotum", "quota de disque"),
    (errno.EIO, "schrijffout", "erreur d'écriture"),
    (errno.EROFS, "alleen-lezen", "lecture seule"),
    (errno.EACCES, "geen toelating", "pas l'autorisation"),
])
def test_each_write_failure_has_its_own_words(code, nl, fr):
    reason = write_failure_reason(OSError(code, os.strerror(code)))
    assert nl in reason.nl and fr in reason.fr
    assert os.strerror(code) not in reason.nl + reason.fr
