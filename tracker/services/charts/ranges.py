"""The date ranges the chart buttons offer: since the last visit, 3 months, 1 year, all."""

from __future__ import annotations

from datetime import date, timedelta

from tracker.services.reports.data import ChartData

RANGE_KEYS: tuple[str, ...] = ("last_visit", "3m", "1y", "all")


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(month_index, 12)
    month += 1
    # Clamp to the month's last day (31 May - 3 months -> 28/29 Feb).
    for d in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, d))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def chart_range(key: str, today: date, data: ChartData) -> tuple[date, date]:
    """(start, end) inclusive for a range key. 'last_visit' falls back to 3 months."""
    if key == "last_visit":
        past = [d for d in data.appointments if d < today]
        if past:
            return max(past), today
        return _months_back(today, 3), today
    if key == "3m":
        return _months_back(today, 3), today
    if key == "1y":
        return _months_back(today, 12), today
    if key == "all":
        return all_range(data.first_day(), today)
    raise ValueError(f"unknown range {key!r}")


def all_range(first: date | None, today: date) -> tuple[date, date]:
    """The "All" range from the journal's first charted day (`ChartData.first_day()`, which
    walks every point: the Charts view keeps it rather than asking again)."""
    if first is None or first >= today:
        return today - timedelta(days=30), today
    return first, today
