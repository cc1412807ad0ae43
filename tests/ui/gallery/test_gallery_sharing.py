"""Screenshots of the windows for sharing a journal and for local treatments (issues 18 and 19),
checked like the main gallery: nothing outside its window, no clipped text, no low contrast.

PNGs go to build/gallery/sharing/ (docs/screenshots/ holds copies for the sharing guide).
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tracker.services import plan, sync

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

_spec = importlib.util.spec_from_file_location("gallery_checks", Path(__file__).with_name("checks.py"))
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)

OUT = Path(__file__).resolve().parents[3] / "build" / "gallery" / "sharing"
PASSPHRASE = "correct horse battery staple"
CARER = "daughter's own long passphrase"


def _shot(widget, name: str) -> list[str]:
    QApplication.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    return [f"{name}: {p}" for p in checks.outside(widget) + checks.clipped(widget) + checks.low_contrast(widget)]


def test_sharing_windows(qtbot, data_dir, journal, clock, tmp_path):
    from tracker.ui.main.window import MainWindow
    from tracker.ui.settings.sharing_dialogs import AddPersonDialog
    from tracker.ui.unlock.window import UnlockWindow

    line = plan.add_line(journal, name="Capecitabine", start=date(2026, 3, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", times=["08:00", "20:00"], start=date(2026, 3, 1),
                          pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))})
    folder = tmp_path / "Sync"
    folder.mkdir()
    sync.share_journal(journal, folder, PASSPHRASE, clock)
    sync.add_person(journal, "Sam", CARER, CARER, clock)
    problems: list[str] = []

    window = MainWindow(data_dir, journal, clock, idle_tick_ms=20)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.is_running(), timeout=10000)
    window.show_section("settings")
    settings = window.stack.views["settings"]
    page = settings.show_page("sharing").widget()
    qtbot.waitUntil(lambda: not getattr(page, "is_busy", lambda: False)(), timeout=10000)
    problems += _shot(window, "sharing-settings")

    dialog = AddPersonDialog(window.ctx, page)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems += _shot(dialog, "sharing-add-person")
    dialog.close()

    window.show_section("plan")
    plan_view = window.stack.views["plan"]
    opened = []
    plan_view._open = lambda d: (opened.append(d), d.show(), qtbot.waitExposed(d))[0] and 0
    plan_view.add_local_treatment()
    qtbot.waitUntil(lambda: bool(opened))  # the form opens once the plan is read (its lines)
    (treatment,) = opened  # closing it deletes it (WA_DeleteOnClose): not handed to qtbot
    problems += _shot(treatment, "local-treatment")
    treatment.close()
    window.close()

    unlock = UnlockWindow(tmp_path / "carer", try_keyring=False, clock=clock)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.waitExposed(unlock)
    unlock.join_button.click()
    join = unlock.join_dialog
    qtbot.waitExposed(join)
    join.folder.setText(str(folder))
    problems += _shot(join, "open-shared-journal")
    join.close()
    assert problems == []
