"""CLI tests run in the test process, where pytest-qt's QApplication is the one application
object for life: create it first, so that an export's own QGuiApplication (what the real
command line makes, in its own process) never takes its place for the tests after it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _one_application(qapp):
    yield
