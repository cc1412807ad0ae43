"""Benchmarks: how fast Treatment Journey is on this machine, beside the bare stack.

    .venv/bin/python bench/run.py            # a 5-year synthetic journal, 9 repeats (a few minutes)
    .venv/bin/python bench/run.py --quick    # a 1-year journal, 3 repeats (about a minute)
    .venv/bin/python bench/run.py --years 20 --only unlock,Diary
    .venv/bin/python bench/run.py --modules core      # only bench_core.py's cases

For every operation it prints the median of repeated runs of the app's code ("ours") beside
the same work done by the bare stack ("bare": Argon2id + sqlcipher3, a bare PySide6 window,
a raw query, bare matplotlib, QTextDocument + QPdfWriter) measured in the same run, their
ratio (ours / bare; ratios hold up on a noisy machine better than times do), and the peak
resident memory of each side. Each side of each case runs in its own process. The table is
also written to bench/results/<UTC time>.md and .json so runs can be compared.

Cases come from bench/bench_core.py and any other bench/bench_*.py module that defines
`cases(ctx)` (see bench/harness.py). Uses the real key-derivation cost (never the
test-only one). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]
os.environ.pop("TRACKER_TEST_ONLY_WEAK_KDF", None)  # benchmarks measure the real Argon2id cost
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from harness import Case, Ctx, run_for_memory, run_interleaved, table  # noqa: E402

PASSPHRASE = "benchmark passphrase, long enough"


MODULES_ENV = "TJ_BENCH_MODULES"  # which modules this run includes (bench_core defers to them)


def modules(only: str | None = None) -> list[str]:
    names = ["bench_core"]
    names += sorted(p.stem for p in BENCH.glob("bench_*.py") if p.stem != "bench_core")
    if only:
        wanted = {name.strip().removesuffix(".py") for name in only.split(",")}
        names = [name for name in names if name in wanted or name.removeprefix("bench_") in wanted]
    return names


def load_cases(module_name: str, ctx: Ctx) -> list[Case] | None:
    """The module's cases, or None if it is a stand-alone script without `cases(ctx)`."""
    module = importlib.import_module(module_name)
    if not hasattr(module, "cases"):
        return None
    return list(module.cases(ctx))


# -- child: time both sides of one case, or one side's memory --------------------------------------

def child(module_name: str, case_name: str, what: str, ctx_json: str) -> None:
    ctx = Ctx.from_json(ctx_json)
    case = next(c for c in load_cases(module_name, ctx) if c.name == case_name)
    try:
        if what == "time":
            result = run_interleaved(case, case.repeats or ctx.repeats)
        else:
            result = run_for_memory(case, what)
    except Exception as exc:  # noqa: BLE001 - shown in the table
        result = {"error": f"failed: {type(exc).__name__}: {str(exc)[:120]}"}
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip slow interpreter teardown (Qt, open journal)


def _run_child(module_name: str, case: Case, what: str, ctx: Ctx) -> dict:
    cmd = [sys.executable, str(Path(__file__)), "--child", module_name, case.name, what, ctx.to_json()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        last = proc.stderr.strip().splitlines()[-1][:120] if proc.stderr.strip() else f"exit {proc.returncode}"
        return {"error": f"failed: {last}"}


def measure(module_name: str, case: Case, ctx: Ctx) -> dict:
    sides = {"ours": case.ours, "bare": case.bare}
    timed = _run_child(module_name, case, "time", ctx) if case.ours or case.bare else {}
    row = {}
    for side, fn in sides.items():
        if fn is None:
            row[side] = {"missing": case.missing if side == "ours" else "not built yet"}
        elif "error" in timed:
            row[side] = {"error": timed["error"]}
        else:
            row[side] = dict(timed.get(side, {}))
            if "rss" not in row[side]:
                memory = _run_child(module_name, case, side, ctx)
                row[side]["rss"] = memory.get("rss")
    return row


# -- parent ---------------------------------------------------------------------------------------

def machine() -> dict:
    info = {"python": platform.python_version(), "system": platform.platform(), "cpus": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        info["memory_gb"] = round(int(Path("/proc/meminfo").read_text().split()[1]) / 2**20, 1)
    except OSError:
        pass
    try:
        import matplotlib
        import PySide6
        import sqlcipher3.dbapi2 as db

        info["sqlcipher"] = db.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
        info["pyside6"] = PySide6.__version__
        info["matplotlib"] = matplotlib.__version__
    except Exception:  # noqa: BLE001
        pass
    try:
        info["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                        text=True).stdout.strip()
    except OSError:
        pass
    return info


def make_journal(work: Path, years: float) -> tuple[Path, str, dict, float]:
    from tracker.services.journals import create_journal
    from tracker.services.synthetic import generate

    data_dir = work / "data"
    journal = create_journal(data_dir, "Benchmark", PASSPHRASE).journal
    started = time.perf_counter()
    summary = generate(journal, years=years, seed=1, end=date.today() - timedelta(days=1))
    seconds = time.perf_counter() - started
    journal.close()
    return data_dir, journal.journal_id, summary.as_dict(), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Treatment Journey benchmarks (see the top of bench/run.py)")
    parser.add_argument("--quick", action="store_true", help="1-year journal, 3 repeats")
    parser.add_argument("--years", type=float, help="years of synthetic history (default 5; --quick: 1)")
    parser.add_argument("--repeats", type=int, help="timed runs per side (default 9; --quick: 3)")
    parser.add_argument("--only", help="comma-separated parts of case names to run")
    parser.add_argument("--modules", help="comma-separated benchmark modules to run, e.g. core,diary (default: all)")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark journal folder")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0

    years = args.years or (1.0 if args.quick else 5.0)
    repeats = args.repeats or (3 if args.quick else 9)
    work = Path(tempfile.mkdtemp(prefix="tj-bench-"))
    try:
        print(f"Making a {years:g}-year synthetic journal...", file=sys.stderr)
        data_dir, journal_id, summary, gen_seconds = make_journal(work, years)
        print(f"  {gen_seconds:.1f} s: {summary}", file=sys.stderr)
        scratch = work / "scratch"
        scratch.mkdir()
        ctx = Ctx(data_dir, journal_id, PASSPHRASE, years, args.quick, repeats, scratch,
                  date.today() - timedelta(days=1))
        ctx.data_key  # unwrap once here; children get it from the environment  # noqa: B018
        wanted = [w.strip().casefold() for w in (args.only or "").split(",") if w.strip()]
        rows = []
        chosen = modules(args.modules)
        os.environ[MODULES_ENV] = ",".join(chosen)
        for module_name in chosen:
            try:
                module_cases = load_cases(module_name, ctx)
            except Exception as exc:  # noqa: BLE001 - one broken module must not stop the rest
                rows.append({"name": f"{module_name}: could not load", "ours": {"error": type(exc).__name__},
                             "bare": {}, "note": str(exc)[:120]})
                continue
            if module_cases is None:
                print(f"  ({module_name}.py has no cases(ctx); run it on its own)", file=sys.stderr)
                continue
            # Each case runs in a child process that opens the journal itself: one writer per
            # journal (the lock from issue 13), so the parent lets go of it first.
            opened = ctx._cache.pop("journal", None)
            if opened is not None:
                opened.close()
            for case in module_cases:
                if wanted and not any(w in case.name.casefold() for w in wanted):
                    continue
                print(f"  {case.name}...", file=sys.stderr, flush=True)
                rows.append({"name": case.name, "module": module_name, "unit": case.unit, "note": case.note,
                             "target": case.target, **measure(module_name, case, ctx)})
        ctx._cache.get("journal") and ctx._cache["journal"].close()
        return report(rows, years, repeats, summary, gen_seconds, argv if argv is not None else sys.argv[1:])
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def report(rows, years, repeats, summary, gen_seconds, argv) -> int:
    info = machine()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    command = "bench/run.py " + " ".join(argv)
    header = (
        f"# Benchmark {stamp}\n\n"
        f"`{command.strip()}` — {years:g}-year synthetic journal "
        f"({summary['symptom_ratings']} symptom ratings, {summary['dose_events']} dose events, "
        f"generated in {gen_seconds:.1f} s), median of {repeats} runs per side (fewer for slow cases).\n\n"
        f"Machine: {info.get('cpus')} CPUs, {info.get('cpu', '?')}, {info.get('memory_gb', '?')} GB, "
        f"{info.get('system')}; Python {info.get('python')}, SQLCipher {info.get('sqlcipher', '?')}, "
        f"PySide6 {info.get('pyside6', '?')}, matplotlib {info.get('matplotlib', '?')}; commit {info.get('commit', '?')}.\n\n"
    )
    text = header + table(rows) + "\n"
    print(text)
    out = BENCH / "results"
    out.mkdir(exist_ok=True)
    (out / f"{stamp}.md").write_text(text, encoding="utf-8")
    (out / f"{stamp}.json").write_text(json.dumps({"stamp": stamp, "command": command, "machine": info,
                                                    "years": years, "repeats": repeats, "journal": summary,
                                                    "generation_seconds": gen_seconds, "rows": rows}, indent=2),
                                       encoding="utf-8")
    print(f"written to bench/results/{stamp}.md and .json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
