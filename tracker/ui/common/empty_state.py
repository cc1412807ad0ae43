"""An empty state that says what will be here and what to do first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(
        self,
        title: str,
        text: str,
        action_text: str | None = None,
        on_action: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(520)
        layout.addWidget(heading)
        # Centred with stretches, not an alignment flag: an aligned word-wrapped label loses
        # height-for-width and gets clipped to a line or two.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body, 10)
        row.addStretch(1)
        layout.addLayout(row)
        self.action_button: QPushButton | None = None
        if action_text and on_action:
            self.action_button = QPushButton(action_text)
            self.action_button.clicked.connect(on_action)
            layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def add_extra(self, widget: QWidget) -> None:
        """Put a small extra (e.g. a "What is this?" link) under the action, centred."""
        layout = self.layout()
        layout.insertWidget(layout.count() - 1, widget, 0, Qt.AlignmentFlag.AlignHCenter)
