"""No nested event loops in the UI: dialogs open with open() and continue in a slot.

A dialog's exec() inside a click, a job callback or an undo step runs a second event loop:
timers, background results and the auto-lock fire inside it, under code that is half-way
through. Only the application's own loop (ui/app.py) may call exec()."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "tracker" / "ui"
ALLOWED = {UI / "app.py"}


def test_only_the_app_runs_an_event_loop():
    found = [f"{path.relative_to(UI)}:{number}: {line.strip()}"
             for path in sorted(UI.rglob("*.py")) if path not in ALLOWED
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.exec_?\(", line)]
    assert found == []


#: The static dialog helpers run the same nested loop as exec() until answered.
STATIC_DIALOG = re.compile(r"\b(QMessageBox\.(question|warning|information|critical|about|aboutQt)"
                           r"|QInputDialog\.get\w+|QFileDialog\.get\w+|QColorDialog\.getColor"
                           r"|QFontDialog\.getFont)\(")


def test_no_static_dialog_helpers_run_their_own_loop():
    found = [f"{path.relative_to(UI)}:{number}: {line.strip()}"
             for path in sorted(UI.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if STATIC_DIALOG.search(line)]
    assert found == [], "use tracker/ui/common/ask.py (ask, inform, ask_text, choose_file)"


def test_plan_asks_before_removing_without_blocking_and_acts_on_the_answer(qtbot, journal, data_dir, clock):
    from PySide6.QtWidgets import QMessageBox

    from tracker.ui.context import AppContext
    from tracker.ui.plan.view import PlanView

    view = PlanView(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(view)
    view.show()
    removed: list[str] = []
    for answer in ("Keep it", "Remove"):
        view.confirm("Remove this drug?", "Remove it?", lambda: removed.append("done"))  # returns at once
        box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
        next(button for button in box.buttons() if button.text() == answer).click()
        qtbot.waitUntil(lambda box=box: not box.isVisible())
    assert removed == ["done"]  # only after "Remove"


def test_a_new_line_saved_goes_on_to_its_first_drug(qtbot, journal, data_dir, clock, monkeypatch, settle):
    from tracker.ui.context import AppContext
    from tracker.ui.plan.dialogs import LineDialog
    from tracker.ui.plan.drug_dialog import DrugDialog
    from tracker.ui.plan.view import PlanView

    view = PlanView(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(view)
    view.show()
    settle()
    opened = []
    monkeypatch.setattr(PlanView, "_open", lambda self, dialog: opened.append(dialog))
    view.new_line()
    assert len(opened) == 1 and isinstance(opened[0], LineDialog)
    opened[0].name.setText("Letrozole and ribociclib")
    opened[0]._save()  # Save: the line is made (on the task runner), then the drug dialog follows
    settle()
    assert len(opened) == 2 and isinstance(opened[1], DrugDialog)
    assert view.current_line().name == "Letrozole and ribociclib"
