"""The checkable list of symptoms to chart (model/view), most-logged first.

At most `MAX_CHECKED` symptoms per chart, four lines to a panel (the chart adds a second
panel beyond four): more overlapping lines are a tangle nobody can read.
Until the person ticks something herself, the ticks follow the chosen period: her most-rated
symptoms of that period (how often rated above "none", then the worst rating).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from tracker.services.reports.data import SymptomSeries

#: How many symptoms are ticked when the list is first filled (one panel), and at most (two
#: panels of four lines; more panels would each be too small to read).
DEFAULT_CHECKED = 4
MAX_CHECKED = 8


class SymptomListModel(QAbstractListModel):
    checked_changed = Signal()
    #: A symptom beyond MAX_CHECKED was refused (the view says why).
    too_many = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, int]] = []  # (symptom id, label, entries)
        self._checked: set[str] = set()
        #: The person has chosen: the ticks no longer follow the period.
        self.chosen_by_hand = False
        self._series: list[SymptomSeries] = []

    def set_series(self, series: list[SymptomSeries]) -> None:
        """Replace the rows; keep earlier ticks that still exist, else tick the most logged."""
        self.beginResetModel()
        self._series = list(series)
        self._rows = [(s.symptom_id, s.label, len(s.points)) for s in sorted(series, key=lambda s: (-len(s.points), s.label))]
        ids = {r[0] for r in self._rows}
        self._checked &= ids
        if not self._checked:
            self._checked = {r[0] for r in self._rows[:DEFAULT_CHECKED]}
        self.endResetModel()

    def follow_period(self, start, end) -> None:
        """Tick her most-rated symptoms between `start` and `end` (unless she chose herself)."""
        if self.chosen_by_hand:
            return
        ranked = most_rated(self._series, start, end)[:DEFAULT_CHECKED]
        if ranked and set(ranked) != self._checked:
            self._checked = set(ranked)
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole])

    def checked_ids(self) -> list[str]:
        return [r[0] for r in self._rows if r[0] in self._checked]

    def set_checked(self, symptom_id: str, checked: bool) -> None:
        for row, r in enumerate(self._rows):
            if r[0] == symptom_id:
                self.setData(self.index(row), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        symptom_id, label, entries = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if symptom_id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n entry(ies)", "", entries)
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        symptom_id = self._rows[index.row()][0]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked and symptom_id not in self._checked and len(self._checked) >= MAX_CHECKED:
            self.too_many.emit()
            return False
        self.chosen_by_hand = True
        if checked:
            self._checked.add(symptom_id)
        else:
            self._checked.discard(symptom_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True


def most_rated(series: list[SymptomSeries], start, end) -> list[str]:
    """Symptom ids by how often they were rated above "none" in the period, then the worst
    rating, then how often rated at all; each symptom's best scale first, its other scales
    (how often, effect on daily life) only after every symptom has had one: two scales of one
    symptom usually move together and their lines hide each other (seen in the gallery)."""
    scored = []
    for s in series:
        points = [p for p in s.points if start <= p.when.date() <= end]
        if points:
            present = sum(1 for p in points if p.rating > 0)
            scored.append((-present, -max(p.rating for p in points), -len(points), s.label, s.symptom_id, s.term_id))
    ranked = sorted(scored)
    seen: set[str] = set()
    first, later = [], []
    for row in ranked:
        (later if row[-1] in seen else first).append(row[-2])
        seen.add(row[-1])
    return first + later
