"""Plan benchmark: schedule engine speed, and opening Today and the month calendar.

    .venv/bin/python bench/bench_plan.py

1. Occurrences for 10 years of 6 concurrent regimens, beside a bare loop over the same
   dates (the floor: stepping a date and appending a tuple).
2. A 5-year journal (6 regimens, every past dose recorded): time to build the Today view
   and the Plan view's month calendar (target: under 100 ms each).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRACKER_TEST_ONLY_WEAK_KDF"] = "1"

from tracker.domain.schedule import Schedule, occurrences, pattern_from_dict  # noqa: E402

REGIMENS = [
    ({"kind": "interval", "every": 1, "unit": "days"}, ["08:00"]),
    ({"kind": "cycle_days", "length": 28, "days": list(range(1, 22))}, ["08:00"]),
    ({"kind": "cycle_days", "length": 21, "days": list(range(1, 15))}, ["08:00", "20:00"]),
    ({"kind": "step_down", "first_every": 4, "first_unit": "weeks", "count": 3, "then_every": 12, "then_unit": "weeks"}, ["10:00"]),
    ({"kind": "loading", "days": [1, 15, 29], "every": 28, "unit": "days"}, ["11:00"]),
    ({"kind": "interval", "every": 3, "unit": "months"}, ["09:00"]),
]


def best(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), result


def engine_bench() -> None:
    start, end = date(2020, 1, 1), date(2029, 12, 31)
    schedules = [Schedule(pattern_from_dict(p), start) for p, _ in REGIMENS]

    def engine():
        return sum(1 for s in schedules for _ in occurrences(s, window_end=end))

    dates = [[slot.day for slot in occurrences(s, window_end=end)] for s in schedules]

    def bare():
        out = []
        for ds in dates:
            d = start
            for target in ds:  # step day by day to each date, as a naive loop would
                while d < target:
                    d += timedelta(days=1)
                out.append((d, 0))
        return len(out)

    e_best, e_med, n = best(engine)
    b_best, b_med, m = best(bare)
    print(f"engine: {n} dose days, 10 years x 6 regimens: best {e_best*1000:.1f} ms, median {e_med*1000:.1f} ms")
    print(f"bare loop over the same {m} dates:           best {b_best*1000:.1f} ms, median {b_med*1000:.1f} ms")


def journal_bench() -> None:
    from PySide6.QtWidgets import QApplication

    from tracker.domain.clock import FixedClock
    from tracker.services import appointments, plan
    from tracker.services.journals import create_journal
    from tracker.storage.models.plan import DoseEvent
    from tracker.ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    journal = create_journal(folder, "Bench", "correct horse battery staple").journal
    zone = ZoneInfo("Europe/London")
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=zone))
    start = date(2021, 3, 10)
    line = plan.add_line(journal, name="Bench line", start=start)
    for pattern, times in REGIMENS:
        plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=pattern, times=times, start=start)
    for k in range(60):
        appointments.add(journal, kind="clinic", starts_at=datetime(2021, 4, 1, 10, tzinfo=zone) + timedelta(days=30 * k))
    from tracker.services.doses import doses_between

    past = doses_between(journal, start, clock.today() - timedelta(days=1))
    now = datetime.now(zone)
    rows = [dict(regimen_drug_id=d.regimen_drug_id, drug_id=d.drug_id, planned_date=d.day, slot=d.slot, status="taken",
                 recorded_at=now, tz="Europe/London", entered_by_id=None, created_at=now, note=None, deleted_at=None)
            for d in past]
    with journal.connection() as conn:
        conn.execute(DoseEvent.__table__.insert(), rows)
    print(f"5-year journal: {len(rows)} dose events, 6 regimens, 60 appointments")
    ctx = AppContext(data_dir=folder, journal=journal, clock=clock)
    ctx._reminder_controller = object()  # no timers in the benchmark

    from tracker.ui.plan.month_calendar import MonthCalendar
    from tracker.ui.today.view import TodayView

    def today():
        view = TodayView(ctx)
        view.deleteLater()
        return view

    def month():
        cal = MonthCalendar(ctx)
        cal.refresh()
        cal.deleteLater()
        return cal

    for name, fn in (("Today view", today), ("Month calendar", month)):
        b, med, _ = best(fn)
        app.processEvents()
        print(f"{name:15s} open: best {b*1000:.1f} ms, median {med*1000:.1f} ms (target < 100 ms)")
    journal.close()


if __name__ == "__main__":
    engine_bench()
    journal_bench()
