"""The article pane: a QTextBrowser with a comfortable line length, zoom, print and tooltips.

Links are not followed by the browser itself: `linkRequested(target)` tells the view,
which keeps the history. Glossary links show their definition as a tooltip on hover.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCursor, QDesktopServices, QFont, QPagedPaintDevice, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from tracker.services import learn

#: Characters per line we aim for: about 70 reads comfortably.
LINE_CHARS = 64
MIN_ZOOM, MAX_ZOOM = -3, 10


class ArticleReader(QTextBrowser):
    linkRequested = Signal(str)
    zoomChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Explanation text"))
        self.document().setDocumentMargin(18)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self._base_point_size = font.pointSizeF()
        self.zoom_steps = 0
        self.anchorClicked.connect(self._on_anchor)
        self.highlighted.connect(self._on_highlighted)
        self._update_width()

    # --- links and tooltips ---------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        self.linkRequested.emit(url.toString())

    def definition_for(self, href: str) -> str:
        """The tooltip text for a glossary link (empty for other links)."""
        if not href.startswith("glossary:"):
            return ""
        entry = learn.glossary_index().by_slug(href.removeprefix("glossary:"))
        return f"{entry.term}: {entry.definition}" if entry else ""

    def _on_highlighted(self, url: QUrl) -> None:
        text = self.definition_for(url.toString())
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    # --- line length and zoom -------------------------------------------------------

    def _update_width(self) -> None:
        """Cap the page width so lines stay near LINE_CHARS characters at any zoom."""
        metrics = self.fontMetrics()
        text_width = metrics.averageCharWidth() * LINE_CHARS
        margins = int(self.document().documentMargin() * 2) + self.verticalScrollBar().sizeHint().width() + 8
        self.setMaximumWidth(text_width + margins)

    def set_zoom(self, steps: int) -> None:
        steps = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        font = self.font()
        font.setPointSizeF(self._base_point_size * (1 + 0.1 * steps))
        self.setFont(font)
        self.zoom_steps = steps
        self._update_width()
        self.zoomChanged.emit(steps)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_steps + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_steps - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    # --- printing -------------------------------------------------------------------

    def print_to(self, device: QPagedPaintDevice) -> None:
        """Print the page as shown, in a readable print size regardless of screen zoom."""
        copy: QTextDocument = self.document().clone()
        font = QFont(self.font())
        font.setPointSizeF(11)
        copy.setDefaultFont(font)
        copy.print_(device)
