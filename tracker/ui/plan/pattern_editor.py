"""Pattern editor: choose how doses repeat; shows the sentence and the next six dates."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.schedule import Schedule, occurrences, pattern_from_dict
from tracker.ui.plan import words

KINDS = ("daily", "cycle_days", "interval", "loading", "step_down", "fixed_dates", "steps")
#: A new step's times: morning and midday, as the steroids article advises.
STEP_TIMES = "08:00, 12:00"


def parse_days(text: str) -> list[int]:
    """ "1-21" / "1–21" / "1, 8, 15" / "1-5, 8" → sorted unique day numbers; ValueError if unclear."""
    days: set[int] = set()
    normal = re.sub(r"\s*[-–]\s*", "-", text.strip())
    for part in re.split(r"[,;\s]+", normal):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(\d+)-(\d+)", part)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a > b:
                raise ValueError(part)
            days.update(range(a, b + 1))
        elif part.isdigit():
            days.add(int(part))
        else:
            raise ValueError(part)
    if not days:
        raise ValueError(text)
    return sorted(days)


def format_days(days: list[int]) -> str:
    from tracker.domain.schedule.describe import day_ranges

    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in day_ranges(tuple(days)))


class UnitPicker(QWidget):
    """ "every [N] [days|weeks|months]" """

    changed = Signal()

    def __init__(self, every: int, unit: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox()
        self.spin.setRange(1, 365)
        self.spin.setValue(every)
        self.spin.setAccessibleName(label)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        for key, text in (("days", self.tr("days")), ("weeks", self.tr("weeks")), ("months", self.tr("months"))):
            self.unit.addItem(text, key)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        row.addWidget(self.spin)
        row.addWidget(self.unit)
        row.addStretch(1)
        self.spin.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)

    def value(self) -> tuple[int, str]:
        return self.spin.value(), self.unit.currentData()

    def set_value(self, every: int, unit: str) -> None:
        self.spin.setValue(every)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))


class PatternEditor(QWidget):
    """Edits a pattern dict. `pattern()` raises ValueError while it is incomplete."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("How the doses repeat"))
        labels = {
            "daily": self.tr("Every day, without a break"),
            "cycle_days": self.tr("On some days of a repeating cycle (e.g. days 1–21 of 28)"),
            "interval": self.tr("Every so many days, weeks or months"),
            "loading": self.tr("Loading doses first, then a regular gap"),
            "step_down": self.tr("A first gap for some doses, then a longer gap"),
            "fixed_dates": self.tr("On dates I choose"),
            "steps": self.tr("Stepping down: a dose for some days, then a smaller one (e.g. a steroid course)"),
        }
        for key in KINDS:
            self.kind.addItem(labels[key], key)
        outer.addWidget(self.kind)
        # Pages are shown one at a time; hidden ones take no room (a QStackedWidget would
        # reserve the tallest page's height).
        self.pages: list[QWidget] = []
        self._outer = outer

        self._add_page(QLabel(self.tr("A dose every day, at the reminder times above.")))

        cycle = QWidget()
        form = QFormLayout(cycle)
        self.cycle_days = QLineEdit("1-21")
        self.cycle_days.setPlaceholderText(self.tr("e.g. 1-21, or 1, 8, 15"))
        self.cycle_length = QSpinBox()
        self.cycle_length.setRange(1, 120)
        self.cycle_length.setValue(28)
        self.cycle_length.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Dose &days in the cycle:"), self.cycle_days)
        form.addRow(self.tr("Cycle &length:"), self.cycle_length)
        self._add_page(cycle)

        interval = QWidget()
        form = QFormLayout(interval)
        self.every = UnitPicker(3, "weeks", self.tr("Every"))
        form.addRow(self.tr("&Every:"), self.every)
        self._add_page(interval)

        loading = QWidget()
        form = QFormLayout(loading)
        self.loading_days = QLineEdit("1, 15, 29")
        self.loading_days.setPlaceholderText(self.tr("e.g. 1, 15, 29 — or just 1"))
        self.loading_every = UnitPicker(28, "days", self.tr("Then every"))
        form.addRow(self.tr("Loading dose &days:"), self.loading_days)
        form.addRow(self.tr("&Then every:"), self.loading_every)
        self._add_page(loading)

        step = QWidget()
        form = QFormLayout(step)
        self.first_every = UnitPicker(4, "weeks", self.tr("First every"))
        self.first_count = QSpinBox()
        self.first_count.setRange(1, 50)
        self.first_count.setValue(3)
        self.first_count.setSuffix(self.tr(" doses"))
        self.then_every = UnitPicker(12, "weeks", self.tr("Then every"))
        form.addRow(self.tr("&First every:"), self.first_every)
        form.addRow(self.tr("For:"), self.first_count)
        form.addRow(self.tr("T&hen every:"), self.then_every)
        self._add_page(step)

        fixed = QWidget()
        box = QVBoxLayout(fixed)
        row = QHBoxLayout()
        self.fixed_pick = words.date_edit(date.today())
        self.fixed_pick.setAccessibleName(self.tr("Date to add"))
        add = QPushButton(self.tr("Add date"))
        remove = QPushButton(self.tr("Remove selected"))
        row.addWidget(self.fixed_pick)
        row.addWidget(add)
        row.addWidget(remove)
        self.fixed_list = QListWidget()
        self.fixed_list.setAccessibleName(self.tr("Chosen dates"))
        self.fixed_list.setMaximumHeight(110)
        box.addLayout(row)
        box.addWidget(self.fixed_list)
        self._fixed: list[date] = []
        add.clicked.connect(self._add_fixed)
        remove.clicked.connect(self._remove_fixed)
        self._add_page(fixed)

        steps = QWidget()
        box = QVBoxLayout(steps)
        box.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Every day from the first day: each step lasts its days, with the dose as the team wrote "
                              "it. It ends by itself after the last step. Steroids are best taken in the morning "
                              "and at midday."))
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.steps_table = QTableWidget(0, 3)
        self.steps_table.setHorizontalHeaderLabels([self.tr("Days"), self.tr("Dose (as written)"), self.tr("Times")])
        self.steps_table.setAccessibleName(self.tr("Steps of the course"))
        self.steps_table.horizontalHeader().setStretchLastSection(True)
        self.steps_table.setMaximumHeight(150)
        box.addWidget(self.steps_table)
        row = QHBoxLayout()
        add_step = QPushButton(self.tr("Add a ste&p"))
        remove_step = QPushButton(self.tr("Remove the chosen step"))
        row.addWidget(add_step)
        row.addWidget(remove_step)
        row.addStretch(1)
        box.addLayout(row)
        add_step.clicked.connect(lambda: self.add_step(3, "", STEP_TIMES))
        remove_step.clicked.connect(self._remove_step)
        self.steps_table.itemChanged.connect(self.changed)
        self._add_page(steps)

        self.kind.currentIndexChanged.connect(self._show_page)
        self._show_page(0)
        self.kind.currentIndexChanged.connect(self.changed)
        for w in (self.cycle_days, self.loading_days):
            w.textChanged.connect(self.changed)
        for w in (self.cycle_length, self.first_count):
            w.valueChanged.connect(self.changed)
        for w in (self.every, self.loading_every, self.first_every, self.then_every):
            w.changed.connect(self.changed)

    def _add_page(self, page: QWidget) -> None:
        self.pages.append(page)
        self._outer.addWidget(page)

    def _show_page(self, index: int) -> None:
        for i, page in enumerate(self.pages):
            page.setVisible(i == index)
        if KINDS[index] == "steps" and self.steps_table.rowCount() == 0:
            self.add_step(3, "", STEP_TIMES)

    def _add_fixed(self) -> None:
        day = words.pydate(self.fixed_pick.date())
        if day not in self._fixed:
            self._fixed = sorted(self._fixed + [day])
            self._refresh_fixed()

    def _remove_fixed(self) -> None:
        row = self.fixed_list.currentRow()
        if 0 <= row < len(self._fixed):
            del self._fixed[row]
            self._refresh_fixed()

    def add_step(self, days: int, dose_text: str, times: str) -> None:
        row = self.steps_table.rowCount()
        self.steps_table.insertRow(row)
        for col, text in enumerate((str(days), dose_text, times)):
            self.steps_table.setItem(row, col, QTableWidgetItem(text))
        self.changed.emit()

    def _remove_step(self) -> None:
        row = self.steps_table.currentRow()
        if row >= 0:
            self.steps_table.removeRow(row)
            self.changed.emit()

    def _steps(self) -> list[dict]:
        steps = []
        for row in range(self.steps_table.rowCount()):
            cells = [(self.steps_table.item(row, col).text() if self.steps_table.item(row, col) else "").strip()
                     for col in range(3)]
            if not cells[0].isdigit():
                raise ValueError("days")
            times = [t.strip() for t in re.split(r"[,;\s]+", cells[2]) if t.strip()]
            steps.append({"days": int(cells[0]), "dose_text": cells[1], "times": times or STEP_TIMES.split(", ")})
        return steps

    def _refresh_fixed(self) -> None:
        self.fixed_list.clear()
        self.fixed_list.addItems([words.medium_date(d) for d in self._fixed])
        self.changed.emit()

    def pattern(self) -> dict:
        kind = self.kind.currentData()
        if kind == "daily":
            return {"kind": "interval", "every": 1, "unit": "days"}
        if kind == "cycle_days":
            data = {"kind": "cycle_days", "length": self.cycle_length.value(), "days": parse_days(self.cycle_days.text())}
        elif kind == "interval":
            every, unit = self.every.value()
            data = {"kind": "interval", "every": every, "unit": unit}
        elif kind == "loading":
            every, unit = self.loading_every.value()
            data = {"kind": "loading", "days": parse_days(self.loading_days.text()), "every": every, "unit": unit}
        elif kind == "step_down":
            (fe, fu), (te, tu) = self.first_every.value(), self.then_every.value()
            data = {"kind": "step_down", "first_every": fe, "first_unit": fu, "count": self.first_count.value(),
                    "then_every": te, "then_unit": tu}
        elif kind == "steps":
            data = {"kind": "steps", "steps": self._steps()}
        else:
            data = {"kind": "fixed_dates", "dates": [d.isoformat() for d in self._fixed]}
        pattern_from_dict(data)  # raises ValueError while incomplete
        return data

    def set_pattern(self, data: dict) -> None:
        kind = data.get("kind")
        if kind == "interval" and data.get("every") == 1 and data.get("unit") == "days":
            self.kind.setCurrentIndex(KINDS.index("daily"))
            return
        if kind == "cycle_days":
            self.cycle_length.setValue(int(data["length"]))
            self.cycle_days.setText(format_days(list(data["days"])))
        elif kind == "interval":
            self.every.set_value(int(data["every"]), data["unit"])
        elif kind == "loading":
            self.loading_days.setText(", ".join(str(d) for d in data["days"]))
            self.loading_every.set_value(int(data["every"]), data.get("unit", "days"))
        elif kind == "step_down":
            self.first_every.set_value(int(data["first_every"]), data["first_unit"])
            self.first_count.setValue(int(data["count"]))
            self.then_every.set_value(int(data["then_every"]), data["then_unit"])
        elif kind == "fixed_dates":
            self._fixed = sorted(date.fromisoformat(d) if isinstance(d, str) else d for d in data["dates"])
            self._refresh_fixed()
        elif kind == "steps":
            self.steps_table.setRowCount(0)
            for step in data["steps"]:
                self.add_step(int(step["days"]), step["dose_text"], ", ".join(step.get("times") or STEP_TIMES.split(", ")))
        if kind in KINDS:
            self.kind.setCurrentIndex(KINDS.index(kind))


def next_dates(pattern: dict, start: date, *, after: date | None = None, n: int = 6) -> list[date]:
    """The first `n` dose days on or after `after` (default: the start)."""
    try:
        parsed = pattern_from_dict(pattern)
    except (ValueError, TypeError, KeyError):
        return []
    if parsed.kind == "fixed_dates":
        start = parsed.dates[0]
    result = []
    for slot in occurrences(Schedule(parsed, start), window_start=after or start):
        result.append(slot.day)
        if len(result) == n:
            break
    return result
