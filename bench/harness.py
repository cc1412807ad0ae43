"""The small interface every benchmark module implements, and the machinery that runs it.

A benchmark module (`bench/bench_*.py`) exposes

    def cases(ctx: Ctx) -> list[Case]

Each Case names one operation and gives two zero-argument callables: `ours` (the app's own
code path, e.g. a service call) and `bare` (the same work done by the bare stack: a raw
query, bare matplotlib, Argon2id + sqlcipher3...). Either may be None ("not built yet").
A callable may return a `Measured` when it times something itself (a subprocess it
starts); otherwise the harness times the call.

Timing: both sides of a case run in one child process (`run.py --child ...`), one warm-up
each, then `repeats` runs alternating between the sides, so a busy machine slows both
alike; the table shows the medians and their ratio. Memory: each side then runs alone in
its own child process, whose peak RSS is reported (imports included).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NOT_BUILT = "not built yet"
DATA_KEY_ENV = "TJ_BENCH_DATA_KEY"


@dataclass
class Measured:
    """A value a case measured itself: seconds (unit "ms") or megabytes (unit "MB")."""

    value: float
    rss_bytes: int | None = None


@dataclass
class Case:
    name: str
    ours: Callable[[], Any] | None
    bare: Callable[[], Any] | None
    note: str = ""
    #: "ms" (timed; callables return None or Measured(seconds)) or "MB" (callables return Measured(MB)).
    unit: str = "ms"
    repeats: int | None = None
    #: Run before every timed run, untimed (e.g. delete the previous run's output).
    setup: Callable[[], None] | None = None
    #: ("ratio", 1.2): ours/bare at most 1.2; ("plus_mb", 60): ours at most bare + 60 MB.
    target: tuple[str, float] | None = None
    #: Why `ours` is None, shown in the table (default "not built yet").
    missing: str = NOT_BUILT


@dataclass
class Ctx:
    """What a benchmark module gets: the benchmark journal and lazily opened resources."""

    data_dir: Path
    journal_id: str
    passphrase: str
    years: float
    quick: bool
    repeats: int
    scratch: Path
    end: date
    _cache: dict = field(default_factory=dict, repr=False)

    # -- shared resources (opened on first use, in the process that uses them) -----------
    @property
    def journal(self):
        """The benchmark journal, opened with the data key (the KDF's 64 MiB would otherwise
        count in every case's peak RSS; the unlock case measures the KDF itself)."""
        if "journal" not in self._cache:
            from tracker.storage import keyslots
            from tracker.storage.journal import open_with_key

            self._cache["journal"] = open_with_key(self.paths, keyslots.load(self.paths), self.data_key)
        return self._cache["journal"]

    @property
    def clock(self):
        from tracker.domain.clock import FixedClock

        london = ZoneInfo("Europe/London")
        return FixedClock(datetime.combine(self.end + timedelta(days=1), datetime.min.time(), london)
                          .replace(hour=18), london)

    @property
    def data_key(self) -> bytes:
        """The journal's data key: unwrapped once by the parent and handed to each child in
        the environment (a synthetic benchmark journal), so children skip the KDF."""
        if "key" not in self._cache:
            given = os.environ.get(DATA_KEY_ENV)
            if given:
                self._cache["key"] = bytes.fromhex(given)
            else:
                from tracker.storage import keyslots

                self._cache["key"] = keyslots.load(self.paths).unwrap_with_passphrase(self.passphrase)
                os.environ[DATA_KEY_ENV] = self._cache["key"].hex()
        return self._cache["key"]

    @property
    def paths(self):
        from tracker.storage.paths import journal_paths

        return journal_paths(self.data_dir, self.journal_id)

    @property
    def db_path(self) -> Path:
        return self.paths.db

    def bare_connection(self):
        """A raw sqlcipher3 connection to the benchmark journal (same key, same pragmas)."""
        if "bare" not in self._cache:
            import sqlcipher3.dbapi2 as db

            conn = db.connect(str(self.db_path))
            conn.execute(f"PRAGMA key = \"x'{self.data_key.hex()}'\"")
            conn.execute("PRAGMA cipher_compatibility = 4")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA temp_store = MEMORY")
            self._cache["bare"] = conn
        return self._cache["bare"]

    def qt_app(self):
        """A QApplication on the offscreen platform (for chart canvases and PDF writing)."""
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        if "qt" not in self._cache:
            self._cache["qt"] = QApplication.instance() or QApplication([sys.argv[0]])
        return self._cache["qt"]

    def to_json(self) -> str:
        return json.dumps({"data_dir": str(self.data_dir), "journal_id": self.journal_id,
                           "passphrase": self.passphrase, "years": self.years, "quick": self.quick,
                           "repeats": self.repeats, "scratch": str(self.scratch), "end": self.end.isoformat()})

    @classmethod
    def from_json(cls, text: str) -> Ctx:
        raw = json.loads(text)
        return cls(Path(raw["data_dir"]), raw["journal_id"], raw["passphrase"], raw["years"], raw["quick"],
                   raw["repeats"], Path(raw["scratch"]), date.fromisoformat(raw["end"]))


# -- running one side of one case (in a child process) ------------------------------------

def peak_rss_bytes() -> int:
    """This process's peak resident memory. Linux: VmHWM, because ru_maxrss carries the
    parent's peak across fork+exec and would report run.py's own memory for every child."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _once(fn) -> tuple[float, int | None]:
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    if isinstance(result, Measured):
        return result.value, result.rss_bytes
    return elapsed, None


def run_interleaved(case: Case, repeats: int) -> dict:
    """Time both sides in one process, alternating run by run (ours, bare, bare, ours, ...),
    so load from other programs falls on both sides alike and the ratio stays meaningful."""
    sides = {name: fn for name, fn in (("ours", case.ours), ("bare", case.bare)) if fn is not None}
    values: dict[str, list[float]] = {name: [] for name in sides}
    rss: dict[str, list[int]] = {name: [] for name in sides}
    for fn in sides.values():  # warm-up, not counted
        if case.setup is not None:
            case.setup()
        _once(fn)
    for i in range(repeats):
        order = list(sides) if i % 2 == 0 else list(reversed(list(sides)))
        for name in order:
            if case.setup is not None:
                case.setup()
            value, measured_rss = _once(sides[name])
            values[name].append(value)
            if measured_rss:
                rss[name].append(measured_rss)
    result = {}
    for name in sides:
        result[name] = {"values": values[name], "median": statistics.median(values[name])}
        if rss[name]:
            result[name]["rss"] = max(rss[name])
    return result


def run_for_memory(case: Case, side: str) -> dict:
    """One side alone in this process: a warm-up and one run, then the process's peak RSS."""
    fn = case.ours if side == "ours" else case.bare
    for _ in range(2):
        if case.setup is not None:
            case.setup()
        fn()
    return {"rss": peak_rss_bytes()}


# -- the table ----------------------------------------------------------------------------

def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:.0f} MB"
    ms = value * 1000
    if ms < 1:
        return f"{ms * 1000:.0f} µs"
    return f"{ms:.1f} ms" if ms < 100 else f"{ms:.0f} ms"


def judge(row: dict) -> str:
    target = row.get("target")
    ours, bare = row["ours"].get("median"), row["bare"].get("median")
    if not target or ours is None or bare is None:
        return ""
    kind, limit = target
    if kind == "ratio":
        ok = ours <= bare * limit
        return f"≤ {limit:g}× bare: {'met' if ok else 'NOT met'}"
    if kind == "at_most_mb":  # ours alone, whatever the bare side needs
        ok = ours <= limit
        return f"≤ {limit:g} MB: {'met' if ok else 'NOT met'}"
    ok = ours <= bare + limit
    return f"≤ bare + {limit:g} MB: {'met' if ok else 'NOT met'}"


def table(rows: list[dict]) -> str:
    lines = ["| operation | ours (median) | bare (median) | ratio | peak RSS ours / bare | target | note |",
             "|---|---|---|---|---|---|---|"]
    for row in rows:
        unit = row.get("unit", "ms")
        ours, bare = row["ours"], row["bare"]
        ratio = ""
        if ours.get("median") is not None and bare.get("median"):
            ratio = f"{ours['median'] / bare['median']:.2f}×"
        shown_ours = ours.get("missing") or ours.get("error") or _fmt(ours.get("median"), unit)
        shown_bare = bare.get("missing") or bare.get("error") or _fmt(bare.get("median"), unit)
        rss = " / ".join(f"{side['rss'] / 2**20:.0f} MB" if side.get("rss") else "–" for side in (ours, bare))
        lines.append(f"| {row['name']} | {shown_ours} | {shown_bare} | {ratio} | {rss} | {judge(row)} | {row.get('note', '')} |")
    return "\n".join(lines)
