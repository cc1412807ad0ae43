"""The Diary's filter bar: kind, symptom, person, date range, and showing deleted entries."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QPushButton, QWidget

from tracker.domain import symptoms
from tracker.services import timeline
from tracker.services.timeline import TimelineFilter
from tracker.ui.common.date_edit import install_date_reading
from tracker.ui.common.flow_layout import FlowLayout
from tracker.ui.diary.wording import kind_name, symptom_name


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_date_reading()
        self.ctx = ctx
        # Wraps onto a second line on a small screen or with large text (it forced 1152 px).
        layout = FlowLayout(self, 6)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Everything"), None)
        for kind in timeline.ALL_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.symptom = QComboBox()
        self.symptom.addItem(self.tr("Any symptom"), None)
        for term in sorted(symptoms.terms(), key=lambda t: symptom_name(t.id).casefold()):
            self.symptom.addItem(symptom_name(term.id), term.id)
        self.person = QComboBox()
        self.set_people(())  # filled by the Diary when its first page lands
        today = ctx.clock.today()
        self.use_from = QCheckBox(self.tr("&From"))
        self.date_from = QDateEdit(QDate(today.year, today.month, today.day).addMonths(-1))
        self.use_to = QCheckBox(self.tr("&To"))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.deleted = QCheckBox(self.tr("Show &deleted"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.kind)
        for widget, name in ((self.kind, self.tr("Kind of entry")), (self.symptom, self.tr("Symptom")),
                             (self.person, self.tr("Entered by")), (self.date_from, self.tr("From date")),
                             (self.date_to, self.tr("To date"))):
            widget.setAccessibleName(name)
        for widget in (show, self.kind, self.symptom, self.person, self.use_from, self.date_from, self.use_to,
                       self.date_to, self.deleted, self.clear_button):
            layout.addWidget(widget)
        for combo in (self.kind, self.symptom, self.person):
            # As wide as a typical entry, not the longest one.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        for combo in (self.kind, self.symptom, self.person):
            combo.currentIndexChanged.connect(self.changed)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        for box in (self.use_from, self.use_to, self.deleted):
            box.toggled.connect(self.changed)
        self.date_from.dateChanged.connect(lambda _d: self.use_from.isChecked() and self.changed.emit())
        self.date_to.dateChanged.connect(lambda _d: self.use_to.isChecked() and self.changed.emit())
        self.symptom.currentIndexChanged.connect(self._symptom_chosen)
        self.clear_button.clicked.connect(self.clear)

    def set_people(self, everyone: tuple[tuple[int, str], ...]) -> None:
        """The "Entered by" choices: (id, name) of everyone, archived too, as the Diary read them."""
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), None)
        for person_id, name in everyone:
            self.person.addItem(name, person_id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)

    def _symptom_chosen(self) -> None:
        if self.symptom.currentData() is not None and self.kind.currentData() not in (None, "symptoms"):
            self.kind.setCurrentIndex(self.kind.findData("symptoms"))

    def clear(self) -> None:
        for widget in (self.kind, self.symptom, self.person, self.use_from, self.use_to, self.deleted):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.symptom.setCurrentIndex(0)
        self.person.setCurrentIndex(0)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.deleted.setChecked(False)
        for widget in (self.kind, self.symptom, self.person, self.use_from, self.use_to, self.deleted):
            widget.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.changed.emit()

    def _instant(self, qd: QDate, next_day: bool = False) -> datetime:
        day = datetime.combine(qd.toPython(), time(0, 0), tzinfo=self.ctx.clock.zone)
        return day + timedelta(days=1) if next_day else day

    def current(self) -> TimelineFilter:
        kind = self.kind.currentData()
        return TimelineFilter(
            kinds=frozenset({kind}) if kind else None,
            term_id=self.symptom.currentData(),
            person_id=self.person.currentData(),
            start=self._instant(self.date_from.date()) if self.use_from.isChecked() else None,
            end=self._instant(self.date_to.date(), next_day=True) if self.use_to.isChecked() else None,
            include_deleted=self.deleted.isChecked(),
        )

    def is_default(self) -> bool:
        return self.current() == TimelineFilter()
