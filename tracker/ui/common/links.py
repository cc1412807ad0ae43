"""The small "What is this?" link that opens a Learn article from anywhere in the app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from tracker.ui.common.roles import install_role


class WhatIsThisLink(QLabel):
    """A keyboard-focusable link; activating it navigates to the Learn article."""

    def __init__(self, ctx, article_id: str, text: str | None = None, parent: QWidget | None = None) -> None:
        install_role(WhatIsThisLink, QAccessible.Role.Link)  # read as a link, not as a label
        super().__init__(parent)
        self._ctx = ctx
        self.article_id = article_id
        label = text or self.tr("What is this?")
        self.setText(f'<a href="learn:{article_id}">{label}</a>')
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Open the explanation: {title}").format(title=label))
        self.linkActivated.connect(self._open)

    def _open(self, _href: str = "") -> None:
        self._ctx.events.navigate.emit("learn", self.article_id)
