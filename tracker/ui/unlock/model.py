"""The list of journals on the unlock screen (names only; nothing is decrypted)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

JOURNAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class JournalListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list = []  # services.journals.JournalInfo

    def set_journals(self, infos: list) -> None:
        self.beginResetModel()
        self._items = list(infos)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def info(self, row: int):
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, journal_id: str | None) -> int:
        for row, item in enumerate(self._items):
            if item.journal_id == journal_id:
                return row
        return -1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.info(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if item.display_name:
                return item.display_name
            return self.tr("Journal {id} (its key file needs attention)").format(id=item.journal_id)
        if role == Qt.ItemDataRole.ToolTipRole and not item.key_file_ok:
            return self.tr("The key file of this journal is missing or damaged.")
        if role == JOURNAL_ID_ROLE:
            return item.journal_id
        return None
