"""Convergence (issue 18): 2-3 computers make random edits through the real services and
exchange bundles in random pairs, orders and delays; after a full exchange every computer's
canonical export is identical and no confirmed entry is lost.

A handful of examples here; TRACKER_LONG_FAULTS=1 (scripts/long-faults) runs 200.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_computers import Folder, first, join, receive, send  # noqa: E402

from tracker.domain.clock import FixedClock  # noqa: E402
from tracker.domain.symptoms import SymptomRating  # noqa: E402
from tracker.services import diary, doses, plan, questions, sync_changes  # noqa: E402

EXAMPLES = 200 if os.environ.get("TRACKER_LONG_FAULTS") else 6
START = datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/London"))
DAILY = {"kind": "interval", "every": 1, "unit": "days"}
OPS = ("log", "edit", "delete", "tick", "line", "adjust", "question", "sync", "deliver")

step = st.tuples(st.sampled_from(OPS), st.integers(0, 2), st.integers(0, 1000), st.integers(0, 90))


def _ids(computer, table: str, where: str = "1") -> list[int]:
    with computer.journal.connection() as conn:
        return [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE {where} ORDER BY id")]


def _do(op: str, c, x: int, clock: FixedClock, folder: Folder, computers: list, created: set[str]) -> None:
    j = c.journal
    if op == "log":
        log_id = diary.log_symptoms(j, [SymptomRating("fatigue", severity=x % 5)], entered_by=None,
                                    occurred_at=clock.now() - timedelta(minutes=30), clock=clock,
                                    note=f"log {x}").log_id
        created.add(sync_changes.gid_of(j, "diary_logs", log_id) or "")
    elif op in ("edit", "delete"):
        logs = _ids(c, "diary_logs", "deleted_at IS NULL")
        if not logs:
            return
        log_id = logs[x % len(logs)]
        if op == "delete":
            diary.delete_log(j, log_id, clock)
        else:
            detail = diary.get_log(j, log_id)
            diary.update_log(j, log_id, [SymptomRating("nausea", severity=x % 5)], None, detail.occurred_at,
                             clock, note=f"edit {x}")
    elif op == "tick":
        drugs = _ids(c, "regimen_drugs", "deleted_at IS NULL")
        day = clock.today() - timedelta(days=x % 3)
        status = (doses.TAKEN, doses.MISSED, doses.SKIPPED)[x % 3]
        doses.record(j, clock, (drugs[x % len(drugs)], day, 0), status, entered_by_id=None)
    elif op == "line":
        line = plan.add_line(j, name=f"Line {x}", start=date(2026, 3, 1))
        plan.add_regimen_drug(j, line.id, drug_id="anastrozole", pattern=DAILY, times=["09:00"], start=date(2026, 3, 1))
    elif op == "adjust":
        drugs = _ids(c, "regimen_drugs", "deleted_at IS NULL")
        plan.add_adjustment(j, drugs[x % len(drugs)], kind="delay", effective=clock.today(), days=1 + x % 5)
    elif op == "question":
        questions.add_question(j, f"Question {x}?", None, clock)
    elif op == "sync":
        send(c, folder, clock)
        receive(c, folder, clock)
    elif op == "deliver":  # some bundles arrive, in a random order (a slow folder)
        keys = sorted(folder.bundles)
        subset = [keys[(x * 7 + i * 13) % len(keys)] for i in range(x % 4)] if keys else []
        receive(c, folder, clock, order=subset)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(2, 3), steps=st.lists(step, min_size=4, max_size=18))
def test_every_computer_ends_with_the_same_journal(tmp_path_factory, n, steps):
    tmp = tmp_path_factory.mktemp("sync")
    folder = Folder()
    clock = FixedClock(START)
    a = first(tmp)
    line = plan.add_line(a.journal, name="Letrozole", start=date(2026, 3, 1))
    plan.add_regimen_drug(a.journal, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"], start=date(2026, 3, 1))
    computers = [a] + [join(tmp, a, folder, clock, f"c{i}") for i in range(1, n)]
    created: set[str] = set()
    try:
        now = START
        for op, who, x, minutes in steps:
            now += timedelta(minutes=minutes)
            # Each computer's wall clock is off by a few minutes: stamps must not care.
            clock = FixedClock(now + timedelta(minutes=3 * (who % n)))
            _do(op, computers[who % n], x, clock, folder, computers, created)
        clock = FixedClock(now + timedelta(hours=1))
        for _round in range(2):
            for c in computers:
                send(c, folder, clock)
            for c in computers:
                receive(c, folder, clock)
        exports = [sync_changes.canonical_export(c.journal) for c in computers]
        assert all(e == exports[0] for e in exports), "computers disagree after a full exchange"
        kept = {r["g"] for r in json.loads(exports[0])["records"] if r["v"] is not None}
        assert created <= kept, "a confirmed entry was lost"
        for c in computers:  # two people ticking one dose: one live event
            with c.journal.connection() as conn:
                assert conn.exec_driver_sql(
                    "SELECT count(*) FROM (SELECT 1 FROM dose_events WHERE deleted_at IS NULL "
                    "GROUP BY regimen_drug_id, planned_date, slot HAVING count(*) > 1)").scalar() == 0
    finally:
        for c in computers:
            c.journal.close()
