"""Every window is usable at 1024×600 with text at 200 %: the main views and Settings pages
keep everything inside the window (or inside a scroll area) with no text cut off and nothing
scrolling sideways; the chart still draws its axes; the symptom form and the plan's dialogs
fit the screen with their Save button showing."""

from __future__ import annotations

import importlib.util
import warnings
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing the keyboard|activateWindow)")

_spec = importlib.util.spec_from_file_location("gallery_checks", Path(__file__).parent / "gallery" / "checks.py")
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)

SCREEN = QSize(1024, 600)


@pytest.fixture
def double_text(qapp):
    from tracker.ui.main import zoom

    zoom.apply(2.0)
    yield
    zoom.apply(1.0)


@pytest.fixture
def small_window(qtbot, data_dir, journal, clock, double_text, settle):
    from tracker.ui.main.window import MainWindow

    window = MainWindow(data_dir, journal, clock)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    settle()  # Today and the "Entering as" switch fill in once the first read landed
    yield window
    for op in list(window._ops):
        op.wait(30000)


def _settle(qtbot, window, view) -> None:
    for name in ("is_busy", "is_loading"):
        busy = getattr(view, name, None)
        if busy is not None:
            qtbot.waitUntil(lambda b=busy: not b(), timeout=15000)
    QApplication.processEvents()


def _problems(window) -> list[str]:
    return checks.outside(window) + checks.clipped(window) + checks.sideways(window)


@pytest.mark.parametrize("section", ["today", "plan", "diary", "charts", "learn", "reports"])
def test_each_main_view_fits_at_200_percent(qtbot, small_window, section):
    window = small_window
    window.show_section(section)
    _settle(qtbot, window, window.stack.views[section])
    assert (window.width(), window.height()) == (SCREEN.width(), SCREEN.height())
    assert [f"{section}: {p}" for p in _problems(window)] == []


def test_the_chart_keeps_its_axes_at_200_percent(qtbot, small_window, journal, clock):
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import diary

    for day in range(1, 9):
        at = datetime(2026, 3, day, 20, 0, tzinfo=clock.now().tzinfo)
        diary.log_symptoms(journal, [SymptomRating("fatigue", severity=day % 4)], None, at, clock)
    window = small_window
    window.show_section("charts")
    view = window.stack.views["charts"]
    qtbot.waitUntil(lambda: view.canvas is not None, timeout=15000)
    QApplication.processEvents()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "constrained_layout not applied because axes sizes collapsed"
        view.canvas.draw()
    axes = view.figure.axes[0].get_window_extent()
    assert axes.width > 150 and axes.height > 100


def test_every_settings_page_fits_at_200_percent(qtbot, small_window):
    from tracker.ui.settings.pages import PAGES

    window = small_window
    window.show_section("settings")
    view = window.stack.views["settings"]
    problems = []
    for page in PAGES:
        view.show_page(page.id)
        QApplication.processEvents()
        problems += [f"{page.id}: {p}" for p in checks.sideways(window) + checks.outside(window)]
    security = view.pages["security"].widget()
    qtbot.waitUntil(lambda: not security.keyring_busy(), timeout=10000)
    assert problems == [], "\n".join(problems)


def test_the_sidebar_keeps_only_its_icons_when_the_views_need_the_room(qtbot, small_window):
    sidebar = small_window.sidebar
    assert sidebar.compact and sidebar.width() < 0.6 * sidebar._full_width()
    assert sidebar.model().index(1, 0).data(Qt.ItemDataRole.DisplayRole) == "Plan"  # still read out
    assert sidebar.model().index(1, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Plan:")  # and shown on hover
    small_window.resize(1900, 1000)
    QApplication.processEvents()
    assert not sidebar.compact


def _fits_with_save_showing(qtbot, dialog: QDialog, save) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    problems = []
    hint = dialog.minimumSizeHint()
    if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
        problems.append(f"{type(dialog).__name__} needs at least {hint.width()}×{hint.height()}")
    dialog.resize(min(dialog.width(), SCREEN.width()), min(dialog.height(), SCREEN.height()))
    QApplication.processEvents()
    corner = save.mapTo(dialog, save.rect().bottomRight())
    if not dialog.rect().contains(corner):
        problems.append(f"{type(dialog).__name__}: Save at {corner.x()},{corner.y()} outside "
                        f"{dialog.width()}×{dialog.height()}")
    return problems + [f"{type(dialog).__name__}: {p}" for p in checks.sideways(dialog)]


def test_the_weekly_symptom_form_fits_at_200_percent(qtbot, journal, clock, data_dir, double_text):
    from tracker.ui.context import AppContext
    from tracker.ui.diary.symptom_form import SymptomForm

    form = SymptomForm(AppContext(data_dir=data_dir, journal=journal, clock=clock), weekly=True)
    qtbot.waitUntil(form.is_filled)  # its suggestions, read on the task runner, make it longest
    assert _fits_with_save_showing(qtbot, form, form.save_button) == []


def test_the_plan_dialogs_fit_at_200_percent(qtbot, journal, clock, data_dir, double_text):
    from tracker.ui.context import AppContext
    from tracker.ui.plan.appointment_dialog import AppointmentDialog
    from tracker.ui.plan.dialogs import AdjustDialog, EndLineDialog, LineDialog
    from tracker.ui.plan.drug_dialog import DrugDialog
    from tracker.ui.plan.local_treatment_dialog import LocalTreatmentDialog

    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    day = date(2026, 3, 1)
    dialogs = [
        LineDialog(on_save=lambda v: None, number=1, start=day),
        EndLineDialog(on_save=lambda v: None, day=day),
        AdjustDialog("delay", [], on_save=lambda v: None, day=day),
        AppointmentDialog(ctx, on_save=lambda v: None),
        LocalTreatmentDialog(ctx, on_save=lambda v: None),
        DrugDialog(ctx, on_save=lambda v: None, start=day),
    ]
    problems = []
    for dialog in dialogs:
        box = dialog.findChild(QDialogButtonBox)
        save = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
        problems += _fits_with_save_showing(qtbot, dialog, save)
    assert problems == [], "\n".join(problems)
