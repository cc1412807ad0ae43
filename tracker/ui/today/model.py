"""List model of today's and overdue doses, grouped by time of day. The check box ticks a
dose as taken. Colours come from the theme (light and dark), never from hex codes here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from tracker.ui import theme
from tracker.ui.plan import words
from tracker.ui.today import groups

DoseRole = Qt.ItemDataRole.UserRole + 1
#: The group id ("morning" … "overdue") of a row.
GroupRole = Qt.ItemDataRole.UserRole + 2
#: True on the first row of a group (the delegate draws the group's heading above it).
GroupStartRole = Qt.ItemDataRole.UserRole + 3
#: True for supportive medicines (drawn quieter than anti-cancer treatment).
SupportiveRole = Qt.ItemDataRole.UserRole + 4
#: The second line alone (status, who entered it), for the delegate.
StatusTextRole = Qt.ItemDataRole.UserRole + 5
STATUS_TOKENS = {"taken": "dose_taken", "missed": "dose_missed", "skipped": "dose_skipped",
                 "held_by_team": "dose_held"}


class DoseListModel(QAbstractListModel):
    def __init__(self, on_tick: Callable[[object, bool], None], parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []  # (dose, overdue: bool)
        self._names: dict[int, str] = {}
        self._patient_id: int | None = None
        self._on_tick = on_tick
        self._zone = None
        self._supportive: dict[str, bool] = {}

    def set_rows(self, today: list, overdue: list, names: dict[int, str], patient_id: int | None, zone) -> None:
        self.beginResetModel()
        # Today by time of day (morning first); then what is overdue, newest first.
        order = {g: i for i, g in enumerate(groups.ORDER)}
        todays = sorted(today, key=lambda d: (order[groups.period_of(d.at)], d.at))
        self._rows = [(d, False) for d in todays] + [(d, True) for d in reversed(overdue)]
        self._supportive = {d.drug_id: groups.is_supportive(d.drug_id) for d in [*today, *overdue]}
        self._names, self._patient_id, self._zone = names, patient_id, zone
        self.endResetModel()

    def dose(self, row: int):
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, key) -> int:
        return next((i for i, (d, _) in enumerate(self._rows) if d.key == key), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        dose = self.dose(index.row())
        if dose is not None and not dose.held_by_plan:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def group(self, row: int) -> str | None:
        if not 0 <= row < len(self._rows):
            return None
        dose, overdue = self._rows[row]
        return groups.group_of(dose.at, overdue)

    def rows_in_group(self, group: str) -> list[int]:
        return [i for i in range(len(self._rows)) if self.group(i) == group]

    def groups_present(self) -> list[str]:
        seen: list[str] = []
        for i in range(len(self._rows)):
            g = self.group(i)
            if g not in seen:
                seen.append(g)
        return seen

    def first_line(self, dose, overdue: bool) -> str:
        name = dose.name + (f" {dose.dose_text}" if dose.dose_text else "")
        when = words.time_text(dose.at)
        if overdue:
            when = words.tr("{day}, {time}").format(day=words.medium_date(dose.day), time=when)
        cycle = words.cycle_text(dose.cycle, dose.day_in_cycle, dose.cycle_length)
        return f"{when}  {name}" + (f" · {cycle}" if cycle else "")

    def text(self, dose, overdue: bool) -> str:
        return f"{self.first_line(dose, overdue)}\n{self.status_text(dose, overdue)}"

    def status_text(self, dose, overdue: bool) -> str:
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
        return second

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
            if status in STATUS_TOKENS:
                return theme.colour(STATUS_TOKENS[status])
            if overdue:
                return theme.colour("dose_overdue")
        if role == DoseRole:
            return dose
        if role == GroupRole:
            return groups.group_of(dose.at, overdue)
        if role == GroupStartRole:
            return index.row() == 0 or self.group(index.row() - 1) != self.group(index.row())
        if role == SupportiveRole:
            return self._supportive.get(dose.drug_id, False)
        if role == StatusTextRole:
            return self.status_text(dose, overdue)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        dose = self.dose(index.row())
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self._on_tick(dose, checked)
        return True
