"""List model of today's and overdue doses. The check box ticks a dose as taken."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from tracker.ui.plan import words

DoseRole = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {"taken": "#2e7d32", "missed": "#c62828", "skipped": "#616161", "held_by_team": "#ef6c00"}


class DoseListModel(QAbstractListModel):
    def __init__(self, on_tick: Callable[[object, bool], None], parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []  # (dose, overdue: bool)
        self._names: dict[int, str] = {}
        self._patient_id: int | None = None
        self._on_tick = on_tick
        self._zone = None

    def set_rows(self, today: list, overdue: list, names: dict[int, str], patient_id: int | None, zone) -> None:
        self.beginResetModel()
        # Today first; then what is overdue, newest first, so the list starts with now.
        self._rows = [(d, False) for d in today] + [(d, True) for d in reversed(overdue)]
        self._names, self._patient_id, self._zone = names, patient_id, zone
        self.endResetModel()

    def dose(self, row: int):
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, key) -> int:
        return next((i for i, (d, _) in enumerate(self._rows) if d.key == key), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        dose = self.dose(index.row())
        if dose is not None and not dose.held_by_plan:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def text(self, dose, overdue: bool) -> str:
        name = dose.name + (f" {dose.dose_text}" if dose.dose_text else "")
        when = words.time_text(dose.at)
        if overdue:
            when = words.tr("{day}, {time}").format(day=words.medium_date(dose.day), time=when)
        cycle = words.cycle_text(dose.cycle, dose.day_in_cycle, dose.cycle_length)
        first = f"{when}  {name}" + (f" · {cycle}" if cycle else "")
        if dose.held_by_plan and dose.status is None:
            second = words.tr("Held by the team: do not take this dose")
        elif dose.status is None:
            second = words.tr("Overdue: not marked yet") if overdue else words.tr("Not marked yet")
        else:
            second = words.status_label(dose.status)
            if dose.recorded_at is not None and self._zone is not None:
                second += " " + words.tr("at {time}").format(time=words.time_text(dose.recorded_at.astimezone(self._zone).time()))
            if dose.entered_by_id is not None and dose.entered_by_id != self._patient_id:
                second += " · " + words.tr("entered by {name}").format(name=self._names.get(dose.entered_by_id, "?"))
        return f"{first}\n{second}"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        dose, overdue = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(dose, overdue)
        if role == Qt.ItemDataRole.CheckStateRole and not dose.held_by_plan:
            return Qt.CheckState.Checked if dose.status == "taken" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            status = "held_by_team" if dose.held_by_plan and dose.status is None else dose.status
            if status in STATUS_COLOURS:
                return QColor(STATUS_COLOURS[status])
            if overdue:
                return QColor("#b71c1c")
        if role == DoseRole:
            return dose
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        dose = self.dose(index.row())
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self._on_tick(dose, checked)
        return True
