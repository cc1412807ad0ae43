"""The chart as a table ("Show as table"): one row per point the chart draws, with its date,
what it is, the value, the unit and who reported it, for screen readers and for anyone who
would rather read numbers than a picture."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from tracker.services.charts.labels import ChartLabels
from tracker.services.charts.text import ChartRow


class ChartTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ChartRow] = []
        self._labels = ChartLabels()

    def set_rows(self, rows: list[ChartRow], labels: ChartLabels) -> None:
        self.beginResetModel()
        self._rows, self._labels = rows, labels
        self.endResetModel()

    def row(self, number: int) -> ChartRow:
        return self._rows[number]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels.table_headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            # Dates are formatted only for the rows asked for: a long dose calendar has tens of thousands.
            day = self._labels.format_date(row.day)
            return self._labels.week_of.format(date=day) if row.weekly else day
        return (row.what, row.value, row.unit, row.reported_by)[column - 1]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._labels.table_headers[section]
        return super().headerData(section, orientation, role)
