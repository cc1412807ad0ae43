"""Mark a past day's doses from the Plan calendar (taken, missed, skipped, held by the team).

The place to mark doses Today no longer lists: days before the journal was started, or
more than a week ago, e.g. after "leave them for me to mark". Marks made here are
recorded as filled in afterwards. Keyboard: Tab between doses, Enter saves, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from tracker.services import doses
from tracker.services.doses import DueDose
from tracker.ui.plan import words

CHOICES = (doses.TAKEN, doses.MISSED, doses.SKIPPED, doses.HELD)


class MarkDosesDialog(QDialog):
    def __init__(self, *, day: date, due: list[DueDose], on_save: Callable[[list[tuple[DueDose, str]]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark doses"))
        self.setMinimumWidth(420)
        self._on_save, self._due = on_save, due
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("What happened to the doses of {day}? They are recorded as filled in afterwards.")
                       .format(day=words.long_date(day)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.boxes: list[QComboBox] = []
        for dose in due:
            box = QComboBox()
            if dose.status is None:
                box.addItem(words.status_label(None), None)
            for status in CHOICES:
                box.addItem(words.status_label(status), status)
            box.setCurrentIndex(max(0, box.findData(dose.status)))
            label = self.tr("{time} {name}").format(time=words.time_text(dose.at), name=dose.name)
            box.setAccessibleName(label)
            form.addRow(label, box)
            self.boxes.append(box)
        layout.addLayout(form)
        buttons = self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> list[tuple[DueDose, str]]:
        """(dose, new status) for every dose whose answer changed."""
        return [(dose, box.currentData()) for dose, box in zip(self._due, self.boxes, strict=True)
                if box.currentData() is not None and box.currentData() != dose.status]

    def _save(self) -> None:
        from tracker.ui.common.errors import show_error
        from tracker.ui.plan.saving import close_when_saved

        close_when_saved(self, self._on_save(self.changes()), self.button_box, lambda exc: show_error(self, exc))
