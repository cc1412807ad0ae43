"""Table model for the list of backups: when, made by whom (automatic or you), size."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QDateTime, QLocale, QModelIndex, Qt, QTime

WHEN, KIND, SIZE = range(3)


def when_text(moment: datetime, zone: tzinfo) -> str:
    """'Tue 10 Mar 2026 at 09:00' in the user's language: the same day format as the rest of
    the app (the month as a word; never 03/04 vs 04/03 confusion)."""
    local = moment.astimezone(zone)
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Backups", "{date} at {time}").format(date=day, time=time)


def size_text(size: int) -> str:
    """'2.4 MB', not '2.39 MiB': the units people see on their phones and memory sticks."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupListModel(QAbstractTableModel):
    def __init__(self, zone: tzinfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._items: list = []

    def set_backups(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def backup_at(self, row: int):
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Backups", "Made on"),
            QCoreApplication.translate("Backups", "How"),
            QCoreApplication.translate("Backups", "Size"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        info = self.backup_at(index.row()) if index.isValid() else None
        if info is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == WHEN:
                return when_text(info.created, self._zone)
            if index.column() == KIND:
                if info.kind == "auto":
                    return QCoreApplication.translate("Backups", "Automatic")
                if info.kind == "upgrade":
                    return QCoreApplication.translate("Backups", "Before an update")
                return QCoreApplication.translate("Backups", "Made by you")
            return size_text(info.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path.name)
        if role == Qt.ItemDataRole.UserRole:
            return QDateTime.fromSecsSinceEpoch(int(info.created.timestamp()))
        return None
