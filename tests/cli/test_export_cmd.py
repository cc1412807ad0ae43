"""tracker export: formats, the not-encrypted warning, dates and exit codes."""

from __future__ import annotations

import json

import pytest

from tracker.cli.main import run_cli

PASS = "correct horse battery staple"


@pytest.fixture
def env_pass(monkeypatch):
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASS)


@pytest.mark.parametrize("fmt,name", [("json", "x.json"), ("csv", "x.zip"), ("csv", "folder"), ("fhir", "b.json")])
def test_export_formats_warn_not_encrypted(created, env_pass, tmp_path, capsys, fmt, name):
    created.journal.close()
    out = tmp_path / name
    args = ["export", "--format", fmt, "--out", str(out)]
    if fmt != "json":
        args += ["--from", "2026-01-01", "--to", "2026-12-31"]
    assert run_cli(args) == 0
    captured = capsys.readouterr()
    assert "not encrypted" in captured.err
    assert captured.out.strip() == str(out)
    assert out.exists()
    if fmt == "fhir":
        assert json.loads(out.read_text())["resourceType"] == "Bundle"


def test_json_export_refuses_date_range(created, env_pass, tmp_path, capsys):
    created.journal.close()
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json"), "--from", "2026-01-01"]) == 2
    assert "complete" in capsys.readouterr().err


def test_usage_errors_exit_2(created, env_pass, tmp_path):
    created.journal.close()
    out = str(tmp_path / "x.zip")
    assert run_cli(["export", "--format", "csv"]) == 2
    assert run_cli(["export", "--format", "docx", "--out", out]) == 2
    assert run_cli(["export", "--format", "csv", "--out", out, "--from", "10/03/2026"]) == 2
    assert run_cli(["export", "--format", "csv", "--out", out, "--from", "2026-03-10", "--to", "2026-03-01"]) == 2
    assert run_cli(["export", "--format", "csv", "--out", str(tmp_path / "no" / "x.zip")]) == 2
    assert not (tmp_path / "x.zip").exists()


def test_wrong_passphrase_exit_3(created, monkeypatch, tmp_path):
    created.journal.close()
    monkeypatch.setenv("TRACKER_PASSPHRASE", "wrong wrong wrong")
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json")]) == 3
    assert not (tmp_path / "x.json").exists()


def test_damaged_journal_exit_4(created, env_pass, tmp_path):
    import os

    created.journal.close()
    db = created.journal.paths.db
    data = bytearray(db.read_bytes())
    data[100:4000] = os.urandom(3900)
    db.write_bytes(bytes(data))
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json")]) == 4


def test_pdf_export_through_the_renderer(qapp, created, env_pass, tmp_path, capsys):
    """`qapp` first: the renderer would otherwise make a bare QGuiApplication that later
    widget tests in this process cannot use."""
    created.journal.close()
    out = tmp_path / "summary.pdf"
    assert run_cli(["export", "--format", "pdf", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "not encrypted" in capsys.readouterr().err


# -- date ranges, language, machine-readable headers (issue 14, item 5) ------------------------


def test_ics_refuses_a_date_range_instead_of_ignoring_it(created, env_pass, tmp_path, capsys):
    created.journal.close()
    for flag in ("--from", "--to"):
        assert run_cli(["export", "--format", "ics", "--out", str(tmp_path / "x.ics"), flag, "2026-01-01"]) == 2
        assert "--from and --to" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def test_lang_and_machine_headers_are_refused_where_they_mean_nothing(created, env_pass, tmp_path):
    created.journal.close()
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json"), "--lang", "es"]) == 2
    assert run_cli(["export", "--format", "fhir", "--out", str(tmp_path / "x.json"), "--machine-headers"]) == 2
    assert run_cli(["export", "--format", "csv", "--out", str(tmp_path / "x"), "--lang", "de"]) == 2
    assert not (tmp_path / "x.json").exists()


def _csv_journal(created):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from tracker.domain.clock import FixedClock
    from tracker.services import doses, plan

    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    line = plan.add_line(created.journal, name="Letrozole", start=clock.today())
    drug = plan.add_regimen_drug(created.journal, line.id, drug_id="letrozole", start=line.start,
                                 pattern={"kind": "interval", "every": 1, "unit": "days"}, times=["08:00"])
    doses.record(created.journal, clock, (drug.id, clock.today(), 0), "taken", entered_by_id=None)
    created.journal.close()


def _header_and_first_row(folder, name):
    import csv

    with open(folder / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1]


@pytest.fixture
def english_after(qapp):
    """--lang installs translators process-wide; put English back for the tests that follow."""
    yield
    from tracker.render.i18n import install_translators

    install_translators(qapp, "en")


def test_csv_headers_in_the_chosen_language_and_machine_keys(qapp, english_after, created, env_pass, tmp_path):
    from tracker.services.exports.csv_export import COLUMNS

    _csv_journal(created)
    assert run_cli(["export", "--format", "csv", "--out", str(tmp_path / "en"), "--lang", "en"]) == 0
    header, row = _header_and_first_row(tmp_path / "en", "doses")
    assert header == [text for _key, text in COLUMNS["doses"]]
    assert row[3] == "Taken"

    assert run_cli(["export", "--format", "csv", "--out", str(tmp_path / "es"), "--lang", "es"]) == 0
    es_header, es_row = _header_and_first_row(tmp_path / "es", "doses")
    assert len(es_header) == len(header)
    # Translated wherever the Spanish translation has the word (new words are translated at merge).
    from PySide6.QtCore import QCoreApplication

    assert es_header[0] == QCoreApplication.translate("CsvExport", "Planned day")
    assert es_row[0] == row[0]  # data stays data

    assert run_cli(["export", "--format", "csv", "--out", str(tmp_path / "keys"), "--lang", "fa", "--machine-headers"]) == 0
    keys, _ = _header_and_first_row(tmp_path / "keys", "doses")
    assert keys == [key for key, _text in COLUMNS["doses"]]
    assert keys == ["planned_date", "slot", "medicine", "status", "recorded_at", "note", "entered_by"]


def test_pdf_in_the_chosen_language(qapp, english_after, created, env_pass, tmp_path):
    """--lang fa makes a Persian, right-to-left PDF; --lang en an English one, whatever LANG says."""
    import pdfplumber
    from PySide6.QtCore import QLocale, Qt

    created.journal.close()
    assert run_cli(["export", "--format", "pdf", "--out", str(tmp_path / "fa.pdf"), "--lang", "fa"]) == 0
    assert QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
    assert run_cli(["export", "--format", "pdf", "--out", str(tmp_path / "en.pdf"), "--lang", "en"]) == 0
    assert QLocale().language() == QLocale.Language.English

    def text(name):
        with pdfplumber.open(tmp_path / name) as pdf:
            return pdf.pages[0].extract_text() or ""

    english, persian = text("en.pdf"), text("fa.pdf")
    assert "Clinic summary" in english or "summary" in english.lower()
    assert any("\u0600" <= ch <= "\u06ff" for ch in persian)  # Persian letters, not English laid out mirrored
