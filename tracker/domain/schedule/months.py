"""Month arithmetic anchored on a start day, so the 31st never drifts to the 28th for good."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(anchor: date, months: int) -> date:
    """`anchor` moved by whole months; a day missing in the target month becomes its last day.

    Always computed from the anchor (never chained), so 31 Jan + 1 → 28/29 Feb and
    31 Jan + 2 → 31 Mar.
    """
    total = anchor.year * 12 + (anchor.month - 1) + months
    year, month0 = divmod(total, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(anchor.day, last))
