"""Fixtures of the domain tests: a complete, valid report to break one field at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.model import Report
from factories import TODAY, enterprise_number, make_valid_report  # noqa: F401 (used by the tests)


@pytest.fixture
def valid_report() -> Report:
    return make_valid_report()


@pytest.fixture
def today() -> dt.date:
    return TODAY
