"""Where a symptom save's time goes (issue 17): many saves, each side alternating, on a journal
that does not grow (each save is removed again, untimed), so the ratio is not skewed by the
history the benchmark itself adds. Not a benchmark case (bench/run.py has those).

    .venv/bin/python bench/save_profile.py             # 1-year journal: ours vs bare + checkpoint
    .venv/bin/python bench/save_profile.py --years 20 --profile   # + cProfile of our saves
    .venv/bin/python bench/save_profile.py --banner    # ours as the form saves: + the banner's cards

"ours" is diary.log_symptoms (inserts, the alert check's reads, commit, checkpoint, the rules;
with --banner, as the forms call it: the banner's cards for 72 hours instead of this log's check);
"bare" is bench_diary's save: the same inserts, commit and checkpoint on a copy of the journal.
Prints medians and 10th percentiles (wall and CPU): on a busy machine the low percentiles say
more than the medians.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path[:0] = [str(Path(__file__).resolve().parent.parent)]
os.environ.setdefault("TRACKER_TEST_ONLY_WEAK_KDF", "1")  # the KDF is not what this measures

ENTRIES_SQL = ("INSERT INTO symptom_entries (log_id, term_id, severity, frequency, interference, location) "
               "VALUES (?, ?, ?, ?, ?, ?)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=1)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--banner", action="store_true", help="save as the forms do (log_symptoms(banner=True))")
    args = parser.parse_args()

    import sqlcipher3.dbapi2 as db

    from tracker.domain.clock import FixedClock
    from tracker.domain.measurements import Measurement
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import diary, people
    from tracker.services.journals import create_journal
    from tracker.services.synthetic import generate

    work = Path(tempfile.mkdtemp())
    journal = create_journal(work, "Profile", "profile passphrase, long enough").journal
    end = date.today() - timedelta(days=1)
    generate(journal, years=args.years, seed=1, end=end)
    london = ZoneInfo("Europe/London")
    clock = FixedClock(datetime.combine(end + timedelta(days=1), datetime.min.time(), london).replace(hour=18), london)
    patient = people.patient(journal).id
    entries = [SymptomRating("fatigue", severity=2, interference=1), SymptomRating("nausea", severity=1, frequency=2),
               SymptomRating("bone_pain", severity=2, frequency=1, interference=1, location="hip"),
               Measurement("temperature", 37.1, "°C")]
    key = f"PRAGMA key = \"x'{journal.data_key.hex()}'\""
    source, bare = db.connect(str(journal.paths.db)), db.connect(str(work / "bare.db"))
    for conn in (source, bare):
        conn.execute(key)
        conn.execute("PRAGMA cipher_compatibility = 4")
    source.backup(bare)
    for pragma in ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY"):
        bare.execute(pragma)
    count = [0]

    def when() -> datetime:
        count[0] += 1
        return clock.now() - timedelta(minutes=count[0] % 600 + 1)

    def ours() -> int:
        return diary.log_symptoms(journal, entries, patient, when(), clock, note="profile", banner=args.banner).log_id

    def remove_ours(log_id: int) -> None:
        with journal.connection() as conn:
            for table in ("symptom_entries", "measurements"):
                conn.exec_driver_sql(f"DELETE FROM {table} WHERE log_id = ?", (log_id,))
            conn.exec_driver_sql("DELETE FROM diary_logs WHERE id = ?", (log_id,))

    def theirs() -> int:
        stamp = "%Y-%m-%d %H:%M:%S.%f"
        cur = bare.cursor()
        cur.execute("INSERT INTO diary_logs (occurred_at, tz, entered_at, entered_by_id, recall_days, note, gid) "
                    "VALUES (?, ?, ?, ?, 1, 'profile', lower(hex(randomblob(16))))",
                    (when().astimezone(UTC).strftime(stamp), "Europe/London", clock.now().astimezone(UTC).strftime(stamp),
                     patient))
        log_id: int = cur.lastrowid
        cur.executemany(ENTRIES_SQL, [(log_id, "fatigue", 2, None, 1, None), (log_id, "nausea", 1, 2, None, None),
                                      (log_id, "bone_pain", 2, 1, 1, "hip")])
        cur.execute("INSERT INTO measurements (log_id, kind, value, unit) VALUES (?, 'temperature', 37.1, '°C')", (log_id,))
        bare.commit()
        bare.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        return log_id

    def remove_theirs(log_id: int) -> None:
        for table in ("symptom_entries", "measurements"):
            bare.execute(f"DELETE FROM {table} WHERE log_id = ?", (log_id,))
        bare.execute("DELETE FROM diary_logs WHERE id = ?", (log_id,))
        bare.commit()
        bare.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    sides = {"ours": (ours, remove_ours), "bare": (theirs, remove_theirs)}
    for save, remove in sides.values():  # warm-up
        for _ in range(20):
            remove(save())
    wall: dict[str, list[float]] = {name: [] for name in sides}
    cpu: dict[str, list[float]] = {name: [] for name in sides}
    for i in range(args.saves):
        for name in (list(sides) if i % 2 == 0 else list(reversed(sides))):
            save, remove = sides[name]
            started, started_cpu = time.perf_counter(), time.process_time()
            saved = save()
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)
            remove(saved)

    def low(values: list[float]) -> float:
        return sorted(values)[len(values) // 10]

    for name in sides:
        print(f"{name}: median {statistics.median(wall[name]) * 1e3:.2f} ms (CPU {statistics.median(cpu[name]) * 1e3:.2f}),"
              f" 10th percentile {low(wall[name]) * 1e3:.2f} ms (CPU {low(cpu[name]) * 1e3:.2f})")
    print(f"ratio ours/bare: median {statistics.median(wall['ours']) / statistics.median(wall['bare']):.2f}×, "
          f"10th percentile {low(wall['ours']) / low(wall['bare']):.2f}×")
    if args.profile:
        profile = cProfile.Profile()
        for _ in range(200):
            profile.enable()
            saved = ours()
            profile.disable()
            remove_ours(saved)
        pstats.Stats(profile).sort_stats(os.environ.get("SORT", "tottime")).print_stats(int(os.environ.get("ROWS", "25")))
    journal.close()


if __name__ == "__main__":
    main()
