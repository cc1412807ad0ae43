"""Esc, Cancel or the close button on a form with entries asks first (issue 16); the lock
closes forms without asking."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QMessageBox

from tracker.ui.context import AppContext
from tracker.ui.diary.entry_forms import LabDialog
from tracker.ui.plan.dialogs import LineDialog
from tracker.ui.plan.drug_dialog import DrugDialog

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing the keyboard|activateWindow)")


@pytest.fixture
def ctx(journal, clock, data_dir):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


def _shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _answer(qtbot, dialog, button) -> None:
    qtbot.waitUntil(lambda: dialog.discard_question is not None and dialog.discard_question.isVisible())
    dialog.discard_question.button(button).click()


def test_esc_on_an_untouched_form_closes_it_at_once(qtbot, ctx):
    dialog = _shown(qtbot, LabDialog(ctx, lambda _v: None))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_question is None


def test_esc_with_entries_asks_and_cancel_keeps_them(qtbot, ctx):
    dialog = _shown(qtbot, LabDialog(ctx, lambda _v: None))
    dialog.value.setText("29.5")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible() and dialog.value.text() == "29.5"
    dialog.reject()  # the Cancel button
    _answer(qtbot, dialog, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("make", [
    lambda ctx: LineDialog(on_save=lambda _v: None, number=1, start=date(2026, 3, 1)),
    lambda ctx: DrugDialog(ctx, on_save=lambda _v: None, start=date(2026, 3, 1)),
])
def test_plan_forms_ask_too(qtbot, ctx, make):
    dialog = _shown(qtbot, make(ctx))
    edit = next(e for e in dialog.findChildren(QLineEdit)
                if e.isVisible() and not e.isReadOnly() and not isinstance(e.parent(), (QAbstractSpinBox, QComboBox)))
    edit.setText("changed")
    dialog.reject()
    _answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()


def test_the_lock_closes_a_form_with_entries_without_asking(qtbot, ctx):
    dialog = _shown(qtbot, LabDialog(ctx, lambda _v: None))
    dialog.value.setText("29.5")
    dialog.done(QDialog.DialogCode.Rejected)  # what the lock does to every open form
    assert not dialog.isVisible() and dialog.discard_question is None
    dialog.show()
    dialog.value.setText("30")
    dialog.close()  # closed by the app, not by the person's click on the title bar
    assert not dialog.isVisible() and dialog.discard_question is None
