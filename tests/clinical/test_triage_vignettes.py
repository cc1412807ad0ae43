"""Clinical vignettes through `tracker triage-check`: the level a clinician expects, written by hand.

tests/clinical/vignettes.json holds each vignette with `expected` (the level) and
`expected_rules` (rules that must be among the reasons), both written from the source named
in `why`. They run through the command line's own code path (run_cli), which calls the same
alert_triage.run as the app.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli.main import run_cli
from tracker.domain import alerts
from tracker.services import catalog

FILE = Path(__file__).with_name("vignettes.json")
VIGNETTES = json.loads(FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def outcomes():
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run_cli(["triage-check", str(FILE)]) == 0
    return {o["id"]: o for o in map(json.loads, out.getvalue().splitlines())}


def test_there_are_at_least_sixty_and_every_one_has_a_hand_written_level_and_reason():
    assert len(VIGNETTES) >= 60
    for v in VIGNETTES:
        assert v["expected"] in alerts.ALL_LEVELS and v["why"], v["id"]


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v["id"] for v in VIGNETTES])
def test_vignette_gives_its_expected_level(vignette, outcomes):
    got = outcomes[vignette["id"]]
    assert set(got) == {"id", "level", "rules"}
    assert got["level"] == vignette["expected"], got
    assert set(vignette["expected_rules"]) <= set(got["rules"]), got
    if vignette["expected"] == alerts.NONE:
        assert got["rules"] == []


def test_every_rule_in_the_table_is_reached_by_some_vignette(outcomes):
    reached = {rule for o in outcomes.values() for rule in o["rules"]}
    assert {r.id for r in alerts.default_rules().rules} <= reached


def test_every_risk_flag_every_level_carers_back_filling_and_fahrenheit_are_covered():
    flags = set()
    for v in VIGNETTES:
        for d in v["drugs"]:
            if d["drug"] != alerts.CUSTOM:
                flags |= set(catalog.drug(d["drug"]).risk_flags)
    assert flags >= set(alerts.RISK_FLAGS)
    assert {v["expected"] for v in VIGNETTES} == set(alerts.ALL_LEVELS)
    logs = [log for v in VIGNETTES for log in v["logs"]]
    assert any(log.get("entered_by") == "carer" for log in logs)
    assert any("temperature_f" in log for log in logs)
    assert any(log["at"][:10] < v["today"] for v in VIGNETTES for log in v["logs"][-1:])
    quiet = [v for v in VIGNETTES if v["expected"] in (alerts.NONE, alerts.MENTION)]
    assert len(quiet) >= 15
