"""Add or edit one drug of a line: catalog search, the team's dose text, the schedule.

Shortcuts: Ctrl+Return saves, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.catalog import Drug
from tracker.domain.errors import KnownError, ValidationError
from tracker.services import catalog
from tracker.ui.common import fit, style
from tracker.ui.common.discard import AsksBeforeDiscarding
from tracker.ui.common.errors import grow_to_fit, known_message
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.plan import words
from tracker.ui.plan.pattern_editor import PatternEditor, next_dates
from tracker.ui.plan.saving import close_when_saved

ROUTES = ("oral", "intravenous", "subcutaneous", "intramuscular", "implant")


@dataclass
class DrugValues:
    drug_id: str
    display_name: str
    dose_text: str
    route: str
    start: date
    times: list[time]
    pattern: dict
    max_units: int | None
    #: For edits: "from_now_on" or "correct", and the date the change applies from.
    mode: str | None = None
    effective: date | None = None


def _completion(d: Drug) -> str:
    return f"{d.generic_name} ({', '.join(d.brand_names)})" if d.brand_names else d.generic_name


class DrugDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx, *, on_save: Callable[[DrugValues], None], start: date,
                 existing=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._on_save = on_save
        self._drug: Drug | None = None
        self._existing = existing
        self.setWindowTitle(self.tr("Edit a drug in the plan") if existing else self.tr("Add a drug to the plan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        # The form scrolls on small screens instead of squeezing its fields.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        form = QFormLayout(body)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.drug_edit = QLineEdit()
        self.drug_edit.setPlaceholderText(self.tr("Type a generic or brand name, e.g. letrozole or Femara"))
        names = [_completion(d) for d in catalog.drugs()]
        self._by_completion = {_completion(d).casefold(): d for d in catalog.drugs()}
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.drug_edit.setCompleter(completer)
        form.addRow(self.tr("&Drug:"), self.drug_edit)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.link_holder = QHBoxLayout()
        info_row = QVBoxLayout()
        info_row.addWidget(self.info)
        info_row.addLayout(self.link_holder)
        form.addRow("", info_row)
        self._link: WhatIsThisLink | None = None

        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Common schedules for this drug"))
        form.addRow(self.tr("Common &schedules:"), self.template)

        self.dose = QLineEdit()
        self.dose.setPlaceholderText(self.tr("Exactly as on your plan, e.g. 125 mg"))
        form.addRow(self.tr("D&ose (from your plan):"), self.dose)
        self.route = QComboBox()
        for key in ROUTES:
            self.route.addItem(words.route_label(key), key)
        form.addRow(self.tr("&How it is given:"), self.route)
        self.start = words.date_edit(start)
        form.addRow(self.tr("&First day:"), self.start)

        times_row = QHBoxLayout()
        self.times_count = QComboBox()
        self.times_count.addItem(self.tr("Once on each dose day"), 1)
        self.times_count.addItem(self.tr("Twice on each dose day"), 2)
        self.times_count.setAccessibleName(self.tr("How many times on a dose day"))
        self.time1 = QTimeEdit(QTime(8, 0))
        self.time2 = QTimeEdit(QTime(20, 0))
        self.time1.setAccessibleName(self.tr("First time of day"))
        self.time2.setAccessibleName(self.tr("Second time of day"))
        times_row.addWidget(self.times_count)
        times_row.addWidget(self.time1)
        times_row.addWidget(self.time2)
        times_row.addStretch(1)
        form.addRow(self.tr("Reminder times:"), times_row)

        self.pattern = PatternEditor()
        form.addRow(self.tr("&Repeats:"), self.pattern)
        self.units = QSpinBox()
        self.units.setRange(0, 999)
        self.units.setSpecialValueText(self.tr("Until the team stops it"))
        self.units.setAccessibleName(self.tr("Number of cycles or doses"))
        form.addRow(self.tr("Number of c&ycles or doses:"), self.units)

        preview = QGroupBox(self.tr("Check the plan"))
        pv = QVBoxLayout(preview)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        font = self.sentence.font()
        font.setBold(True)
        self.sentence.setFont(font)
        self.next_six = QLabel()
        self.next_six.setWordWrap(True)
        pv.addWidget(self.sentence)
        pv.addWidget(self.next_six)
        layout.addWidget(preview)

        self.mode_box = QGroupBox(self.tr("What kind of change is this?"))
        mv = QVBoxLayout(self.mode_box)
        self.from_now = QRadioButton(self.tr("From now on — the team changed the plan (what happened before stays as it was)"))
        self.correct = QRadioButton(self.tr("Correct the past — it was entered wrongly (past dates change too)"))
        self.from_now.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.from_now)
        group.addButton(self.correct)
        eff_row = QHBoxLayout()
        self.effective = words.date_edit(ctx.clock.today())
        self.effective.setAccessibleName(self.tr("Change applies from"))
        eff_row.addWidget(QLabel(self.tr("Applies from the first cycle or dose on or after:")))
        eff_row.addWidget(self.effective)
        eff_row.addStretch(1)
        mv.addWidget(self.from_now)
        mv.addLayout(eff_row)
        mv.addWidget(self.correct)
        self.mode_box.setVisible(existing is not None)
        layout.addWidget(self.mode_box)

        self.error = QLabel()
        style.tint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut("Ctrl+Return")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.drug_edit.textChanged.connect(self._drug_changed)
        self.template.activated.connect(self._template_chosen)
        self.pattern.changed.connect(self._update_preview)
        self.times_count.currentIndexChanged.connect(self._times_changed)
        self.start.dateChanged.connect(self._update_preview)
        self.route.currentIndexChanged.connect(self._update_preview)
        self.correct.toggled.connect(lambda on: self.effective.setEnabled(not on))
        if existing is not None:
            self._load(existing)
        self._times_changed()
        self._update_preview()
        if existing is None:
            self.drug_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # type the drug's name at once
        fit.fit_small_screens(self)  # 1024×600 at 200 % text: no sideways scrolling
        body.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        wanted = body.sizeHint().height() + 260 + (140 if existing is not None else 0)
        # Wider with larger text, never wider than the screen.
        width = max(640, body.minimumSizeHint().width() + 60)
        self.resize(min(width, screen.width() - 40) if screen else width,
                    min(wanted, screen.height() - 60) if screen else wanted)

    # --- drug choice -------------------------------------------------------------
    def find_drug(self, text: str) -> Drug | None:
        key = text.strip().casefold()
        if not key:
            return None
        if key in self._by_completion:
            return self._by_completion[key]
        for d in catalog.drugs():
            if key in d.search_keys:
                return d
        return None

    def _drug_changed(self, text: str) -> None:
        found = self.find_drug(text)
        if found is not None and found is self._drug:
            return
        self._drug = found
        if self._link is not None:  # out of sight at once: deleteLater alone left two links showing
            self.link_holder.removeWidget(self._link)
            self._link.hide()
            self._link.deleteLater()
            self._link = None
        if found is None and self.template.count() == 1 and self.template.itemData(0) is None:
            self.info.setText(self.tr("Not in the app's list: it will be saved with the name you typed.") if text.strip() else "")
            return
        self.template.clear()
        if found is None:
            self.info.setText(self.tr("Not in the app's list: it will be saved with the name you typed.") if text.strip() else "")
            self.template.addItem(self.tr("None: set the schedule below"), None)
            return
        self.info.setText(f"{found.class_label}. {found.summary}")
        if found.article_ids:
            self._link = WhatIsThisLink(self._ctx, found.article_ids[0], self.tr("What is {name}?").format(name=found.generic_name))
            self.link_holder.addWidget(self._link)
        self.template.addItem(self.tr("Choose one to fill in the schedule…"), None)
        for t in found.schedule_templates:
            self.template.addItem(words.pattern_sentence(t.pattern, found.routes[0] if found.routes else None, len(t.times)), t)
        if self._existing is None:
            self.route.setCurrentIndex(max(0, self.route.findData(found.routes[0] if found.routes else "oral")))
            if found.schedule_templates:
                self.template.setCurrentIndex(1)
                self._template_chosen(1)

    def _template_chosen(self, index: int) -> None:
        template = self.template.itemData(index)
        if template is None:
            return
        self.pattern.set_pattern(template.pattern)
        times = [QTime.fromString(t, "HH:mm") for t in template.times]
        self.times_count.setCurrentIndex(0 if len(times) == 1 else 1)
        self.time1.setTime(times[0])
        if len(times) > 1:
            self.time2.setTime(times[1])
        self._update_preview()

    def _times_changed(self) -> None:
        self.time2.setVisible(self.times_count.currentData() == 2)
        self._update_preview()

    # --- values ------------------------------------------------------------------
    def times(self) -> list[time]:
        chosen = [self.time1.time()] + ([self.time2.time()] if self.times_count.currentData() == 2 else [])
        return [time(t.hour(), t.minute()) for t in chosen]

    def _update_preview(self) -> None:
        try:
            pattern = self.pattern.pattern()
        except ValueError:
            self.sentence.setText(words.tr("The schedule is not complete yet."))
            self.next_six.setText("")
            return
        self.sentence.setText(words.pattern_sentence(pattern, self.route.currentData(), len(self.times())))
        start = words.pydate(self.start.date())
        upcoming = next_dates(pattern, start, after=max(start, self._ctx.clock.today()))
        self.next_six.setText(self.tr("Next dates: {dates}").format(dates=", ".join(words.medium_date(d) for d in upcoming)))

    def values(self) -> DrugValues:
        name = self.drug_edit.text().strip()
        if not name:
            raise ValidationError("Please choose a drug or type its name.", field="drug")
        try:
            pattern = self.pattern.pattern()
        except ValueError as exc:
            raise ValidationError("That schedule is not complete. Check the days and the repeat.", field="pattern") from exc
        times = self.times()
        if len(set(times)) != len(times):
            raise ValidationError("The two times of day are the same.", field="times")
        drug = self._drug
        return DrugValues(
            drug_id=drug.id if drug else "custom", display_name=drug.generic_name if drug else name,
            dose_text=self.dose.text().strip(), route=self.route.currentData(), start=words.pydate(self.start.date()),
            times=sorted(times), pattern=pattern, max_units=self.units.value() or None,
            mode=(None if self._existing is None else ("correct" if self.correct.isChecked() else "from_now_on")),
            effective=words.pydate(self.effective.date()),
        )

    def _load(self, existing) -> None:
        d = existing.drug
        found = catalog.drug(d.drug_id)
        self.drug_edit.setText(_completion(found) if found else d.display_name)
        self.dose.setText(d.dose_text or "")
        self.route.setCurrentIndex(max(0, self.route.findData(d.route)))
        self.start.setDate(words.qdate(d.start))
        self.start.setEnabled(False)  # the start of an existing schedule is history
        self.pattern.set_pattern(d.pattern)
        self.times_count.setCurrentIndex(0 if len(d.times) == 1 else 1)
        self.time1.setTime(QTime(d.times[0].hour, d.times[0].minute))
        if len(d.times) > 1:
            self.time2.setTime(QTime(d.times[1].hour, d.times[1].minute))
        self.units.setValue(d.max_units or 0)

    def _save(self) -> None:
        try:
            outcome = self._on_save(self.values())
        except KnownError as exc:
            self.show_error(exc)
            return
        close_when_saved(self, outcome, self.buttons, self.show_error)

    def show_error(self, exc: KnownError) -> None:
        self.error.setText(known_message(exc))
        self.error.show()
        grow_to_fit(self)
