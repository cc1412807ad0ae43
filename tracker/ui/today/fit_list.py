"""A list view as tall as its rows: the page scrolls, not the list, so no row hides below."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView, QSizePolicy, QWidget


class FitListView(QListView):
    """A list as tall as its rows (the page scrolls, not the list), so no dose hides below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        model.modelReset.connect(self.updateGeometry)
        model.dataChanged.connect(lambda *_: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = sum(self.sizeHintForRow(r) + 2 * self.spacing() for r in range(rows))
        return QSize(super().sizeHint().width(), max(height, 0) + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(100, self.sizeHint().height())
