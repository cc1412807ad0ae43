"""Write bench/RESULTS.md from three bench/run.py result files (1, 5 and 20 years).

    .venv/bin/python bench/results_table.py bench/results/<1y>.json bench/results/<5y>.json bench/results/<20y>.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from harness import _fmt, judge


def _cell(row: dict | None) -> str:
    if row is None:
        return "–"
    ours, bare, unit = row.get("ours", {}), row.get("bare", {}), row.get("unit") or "s"
    if "error" in ours or "median" not in ours:
        return "failed" if "error" in ours else "–"
    text = _fmt(ours["median"], unit)
    if bare.get("median"):
        text += f" / {_fmt(bare['median'], unit)} = {ours['median'] / bare['median']:.2f}×"
    return text


def main(paths: list[str]) -> None:
    runs = [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]
    names: list[str] = []
    for run in runs:
        for row in run["rows"]:
            if row["name"] not in names:
                names.append(row["name"])
    by = [{row["name"]: row for row in run["rows"]} for run in runs]
    machine = runs[-1]["machine"]
    lines = [
        "# Benchmark results (committed)",
        "",
        "Where the app stands, without running anything. Each cell: ours / the bare stack doing the",
        "same work in the same run = ratio (compare ratios, not times). Goals are issue 17's; \"met?\"",
        "is judged on the 20-year column where the case ran there, else the last column.",
        "",
        f"Machine: {machine.get('cpus')} CPUs, {machine.get('cpu', '')}, {machine.get('memory_gb')} GB, "
        f"{machine.get('system', '')}; Python {machine.get('python')}. Other work was running on the "
        "machine during these runs: single figures are noisy, ratios less so.",
        "",
        "Commands: " + "; ".join(f"`{run['command'].strip()}` ({run['stamp']})" for run in runs),
        "",
        "| operation | " + " | ".join(f"{run['years']:g} year(s)" for run in runs) + " | goal | met? |",
        "|---|" + "---|" * len(runs) + "---|---|",
    ]
    for name in names:
        rows = [b.get(name) for b in by]
        last = next((r for r in reversed(rows) if r is not None and "median" in r.get("ours", {})), None)
        verdict = judge(last) if last is not None else ""
        goal, _, met = verdict.partition(": ")
        lines.append(f"| {name} | " + " | ".join(_cell(r) for r in rows) + f" | {goal} | {met} |")
    lines += ["", "Full tables with notes and memory: `bench/results/` (not committed), made by `bench/run.py`.", ""]
    Path(__file__).with_name("RESULTS.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
