"""Item models for the Learn side pane: the topic tree and the search results list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from tracker.services import learn
from tracker.services.learn import SearchResult

#: The navigation target of an item: "article:<id>", "page:glossary", "glossary:<slug>"…
TargetRole = Qt.ItemDataRole.UserRole + 1
TitleRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3


def build_topic_model(parent=None) -> QStandardItemModel:
    """Articles grouped under their topics (in reading order), then the reference pages."""
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([QCoreApplication.translate("LearnModels", "Topics")])
    groups: dict[str, QStandardItem] = {}
    bold = QFont()
    bold.setBold(True)
    for item in learn.articles():
        group = groups.get(item.topic)
        if group is None:
            group = QStandardItem(item.topic)
            group.setFont(bold)
            group.setEditable(False)
            group.setSelectable(False)
            groups[item.topic] = group
            model.appendRow(group)
        row = QStandardItem(item.title)
        row.setEditable(False)
        row.setToolTip(item.summary)
        row.setData(f"article:{item.id}", TargetRole)
        group.appendRow(row)
    reference = QStandardItem(QCoreApplication.translate("LearnModels", "Reference"))
    reference.setFont(bold)
    reference.setEditable(False)
    reference.setSelectable(False)
    for label, target in (
        (QCoreApplication.translate("LearnModels", "Glossary"), "page:glossary"),
        (QCoreApplication.translate("LearnModels", "Sources"), "page:sources"),
    ):
        row = QStandardItem(label)
        row.setEditable(False)
        row.setData(target, TargetRole)
        reference.appendRow(row)
    model.appendRow(reference)
    return model


def find_target(model: QStandardItemModel, target: str) -> QModelIndex:
    """The tree index showing `target`, or an invalid index."""
    for top in range(model.rowCount()):
        group = model.item(top)
        for row in range(group.rowCount()):
            child = group.child(row)
            if child.data(TargetRole) == target:
                return child.index()
    return QModelIndex()


class SearchResultsModel(QAbstractListModel):
    """Search hits: title on the first line, a short snippet under it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int) -> SearchResult:
        return self._results[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        hit = self._results[index.row()]
        title = hit.title
        if hit.kind == "glossary":
            title = self.tr("Glossary: {term}").format(term=hit.title)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}. {hit.snippet}"
        if role == TitleRole:
            return title
        if role == SnippetRole:
            return hit.snippet
        if role == TargetRole:
            return f"glossary:{hit.target}" if hit.kind == "glossary" else f"article:{hit.target}"
        return None
