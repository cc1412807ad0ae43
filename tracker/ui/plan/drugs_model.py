"""List model of the drugs in one line of treatment (with their schedule sentences)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from tracker.ui.plan import words

DrugRole = Qt.ItemDataRole.UserRole + 1


class PlanDrugsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list = []
        self._today = None

    def set_items(self, items: list, today) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def item(self, row: int):
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row())
        if item is None:
            return None
        d = item.drug
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            name = d.display_name + (f" — {d.dose_text}" if d.dose_text else "")
            sentence = words.pattern_sentence(d.pattern, d.route, len(d.times))
            times = ", ".join(words.time_text(t) for t in d.times)
            if d.end is not None:
                span = words.tr("{start} to {end}").format(start=words.medium_date(d.start), end=words.medium_date(d.end))
            else:
                span = words.tr("from {start}").format(start=words.medium_date(d.start))
            extra = [words.tr("{kind} on {day}").format(kind=_adjust_word(a.kind), day=words.medium_date(a.effective))
                     for a in item.adjustments]
            text = f"{name}\n{sentence} · {times} · {span}"
            if extra:
                text += "\n" + "; ".join(extra)
            return text
        if role == DrugRole:
            return item
        return None


def _adjust_word(kind: str) -> str:
    return {"delay": words.tr("Delayed"), "hold": words.tr("Held"), "reduce": words.tr("Dose changed"),
            "break": words.tr("Break"), "resume": words.tr("Restarted")}.get(kind, kind)
