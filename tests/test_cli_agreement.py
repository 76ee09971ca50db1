"""``validate`` and ``import`` agree on every file: one acceptance rule, tried as a property
over generated submission files (well-formed ones with one value changed to anything its
element's form allows)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.export.submission import to_xml
from desktop_app.storage import ReportStore
from strategies import any_date, clean_reports

digits = st.integers(0, 9)


def four_digits():
    return st.integers(0, 9999).map(lambda n: f"{n:04d}")


# (element, what its text may become): each keeps the element's form, so the file stays
# well-formed, and most keep the schema too; the checks decide the rest.
CHANGES = st.one_of(
    st.tuples(st.just("reportingYear"), four_digits()),
    st.tuples(st.just("postalCode"), four_digits()),
    st.tuples(st.just("enterpriseNumber"), st.integers(0, 10**10 - 1).map(
        lambda n: f"{n:010d}"[:4] + "." + f"{n:010d}"[4:7] + "." + f"{n:010d}"[7:])),
    st.tuples(st.just("email"), st.text(st.characters(codec="ascii", categories=("L", "N", "P")), min_size=1, max_size=20)),
    st.tuples(st.just("phone"), st.text("0123456789 +./-()", min_size=1, max_size=20)),
    st.tuples(st.just("date"), any_date.map(lambda d: d.isoformat())),
    st.tuples(st.just("count"), st.integers(0, 10**10).map(str)),
    st.tuples(st.just("publicShare"), st.integers(0, 10**16).map(lambda c: f"{c // 100}.{c % 100:02d}")),
)


def change(data: bytes, element: str, value: str, occurrence: int) -> bytes:
    found = list(re.finditer(rf"<{element}(?: [^>]*)?>([^<]*)</{element}>".encode(), data))
    if not found:
        return data
    match = found[occurrence % len(found)]
    return data[: match.start(1)] + value.encode("utf-8") + data[match.end(1):]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(report=clean_reports(), changes=st.lists(st.tuples(CHANGES, st.integers(0, 50)), max_size=2))
def test_validate_and_import_accept_and_refuse_the_same_files(report, changes):
    data = to_xml(report)
    for (element, value), occurrence in changes:
        data = change(data, element, value, occurrence)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cluster.xml"
        path.write_bytes(data)
        db = Path(folder) / "reports.sqlite"
        validated = main(["validate", str(path), "--lang", "nl"])
        imported = main(["import", str(path), "--db", str(db), "--lang", "nl"])
        assert validated in (0, 1) and imported in (0, 1)
        assert validated == imported
        if imported == 0:
            store = ReportStore.open(db)
            try:
                assert len(store.list_reports()) == 1
            finally:
                store.close()
        else:
            assert not db.exists()
