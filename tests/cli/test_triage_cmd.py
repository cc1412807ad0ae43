"""tracker triage-check: one JSON line per vignette; bad input exits 2 naming the vignette and field."""

from __future__ import annotations

import json

import pytest

from tracker.cli.main import run_cli

GOOD = {"id": "v1", "today": "2026-03-10", "zone": "Europe/London",
        "drugs": [{"drug": "palbociclib", "first_day": "2026-01-05"}, {"drug": "letrozole", "first_day": "2026-01-05"}],
        "logs": [{"at": "2026-03-10T08:00", "temperature_c": 38.2}]}


def run(tmp_path, capsys, data):
    path = tmp_path / "v.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code = run_cli(["triage-check", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def with_changes(**changes):
    v = json.loads(json.dumps(GOOD))
    v.update(changes)
    return v


def test_prints_one_json_line_per_vignette(tmp_path, capsys):
    quiet = with_changes(id="v2", logs=[{"at": "2026-03-10T08:00", "ratings": [{"symptom": "fatigue", "severity": 1}]}])
    code, out, _err = run(tmp_path, capsys, [GOOD, quiet])
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines == [{"id": "v1", "level": "call_now", "rules": ["fever_on_treatment"]},
                     {"id": "v2", "level": "none", "rules": []}]


@pytest.mark.parametrize("changes, field", [
    ({"logs": [{"at": "2026-03-10T08:00", "ratings": [{"symptom": "leg_pain", "severity": 2}]}]}, "logs[0].ratings[0]"),
    ({"logs": [{"at": "2026-03-10T08:00", "ratings": [{"symptom": "diarrhoea", "severity": 2}]}]}, "diarrhoea.severity"),
    ({"logs": [{"at": "2026-03-10T08:00", "ratings": [{"symptom": "nausea", "severity": 7}]}]}, "nausea.severity"),
    ({"logs": [{"at": "2026-03-10T08:00", "temperature_c": 48}]}, "logs[0].temperature_c"),
    ({"logs": [{"at": "2026-03-11T08:00", "temperature_c": 38}]}, "logs[0].at"),
    ({"logs": [{"at": "yesterday", "temperature_c": 38}]}, "logs[0].at"),
    ({"logs": [{"at": "2026-03-10T08:00", "temprature_c": 38}]}, "logs[0].temprature_c"),
    ({"drugs": [{"drug": "palbocyclib", "first_day": "2026-01-05"}]}, "drugs[0].drug"),
    ({"zone": "Mars/Olympus"}, "zone"),
    ({"today": "10/03/2026"}, "today"),
    ({"settings": {"fever_threshold_c": 39.5}}, "settings.fever_threshold_c"),
    ({"settings": {"fever_threshold_c": 37.0}}, "settings.fever_threshold_c"),
    ({"logs": []}, "logs"),
])
def test_bad_input_exits_2_naming_the_vignette_and_field(tmp_path, capsys, changes, field):
    code, out, err = run(tmp_path, capsys, [GOOD, with_changes(id="bad one", **changes)])
    assert code == 2 and out == ""
    assert "'bad one'" in err and field in err


def test_not_a_list_and_not_json_exit_2(tmp_path, capsys):
    assert run(tmp_path, capsys, {"id": "x"})[0] == 2
    path = tmp_path / "broken.json"
    path.write_text("[{", encoding="utf-8")
    assert run_cli(["triage-check", str(path)]) == 2


def test_a_threshold_the_settings_allow_is_used(tmp_path, capsys):
    v = with_changes(settings={"fever_threshold_c": 37.5}, logs=[{"at": "2026-03-10T08:00", "temperature_c": 37.6}])
    code, out, _ = run(tmp_path, capsys, [v])
    assert code == 0 and json.loads(out)["level"] == "call_now"
