"""Forms ask before Esc, Cancel or the window's close button throws away what was typed.

A mixin for QDialog forms (put it before QDialog: `class LabDialog(AsksBeforeDiscarding, QDialog)`).
What the form's fields hold when it is first shown is remembered; closing it with anything
changed asks "Discard these entries?" (window-modal, opened with open(): no nested event loop).
The app closing a form itself (lock, quit: `done()`, or a close that is not the person's)
never asks: the lock must hide everything at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("DiscardQuestion", text)


def field_values(root: QWidget) -> tuple[object, ...]:
    """What every field under `root` holds, in a fixed order (compared, never shown)."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return tuple(values)


class AsksBeforeDiscarding:
    """Mixin: reject() asks first when a field changed since the form was shown."""

    _shown_values: tuple[object, ...] | None = None
    discard_question: QMessageBox | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._shown_values is None:  # the first time: what the form was opened with
            self._shown_values = field_values(self)

    def has_changes(self) -> bool:
        return self._shown_values is not None and field_values(self) != self._shown_values

    def reject(self) -> None:
        dialog: QDialog = self
        if not self.has_changes():
            QDialog.reject(dialog)
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Discard these entries?"),
                          tr("What you entered in this form is not saved yet. Close it and lose it?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, dialog)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Discard:
                dialog.done(QDialog.DialogCode.Rejected)

        box.buttonClicked.connect(answered)
        self.discard_question = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        dialog: QDialog = self
        if not event.spontaneous() or not self.has_changes():
            # Closed by the app, or nothing to lose: QDialog's own close would call reject().
            event.accept()
            dialog.done(QDialog.DialogCode.Rejected)
            return
        event.ignore()
        self.reject()
