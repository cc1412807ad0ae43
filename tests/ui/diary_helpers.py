"""Shared set-up for the diary UI tests: a context over the test journal and clock."""

from __future__ import annotations

from tracker.ui.context import AppContext


def make_ctx(journal, clock, data_dir):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)
