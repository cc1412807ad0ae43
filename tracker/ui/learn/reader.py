"""The article pane: a QTextBrowser with a comfortable line length, zoom, print and tooltips.

Links are not followed by the browser itself: `linkRequested(target)` tells the view,
which keeps the history. Glossary links show their definition as a tooltip on hover.

Keyboard: Tab leaves the page (a long article has dozens of links, and stepping through
each with Tab would trap keyboard users); Ctrl+Down / Ctrl+Up move between the links
on the page, Enter opens the highlighted one and shows a term's meaning as a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QCursor, QDesktopServices, QFont, QKeyEvent, QPagedPaintDevice, QTextCursor, QTextDocument
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
        self.setTabChangesFocus(True)
        self.setAccessibleDescription(self.tr("Ctrl+Down and Ctrl+Up move between links; Enter opens one."))
        self._link_index = -1
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
        self._show_definition(url.toString(), self.viewport().mapFromGlobal(QCursor.pos()))

    # --- keyboard links ---------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's parameter name
        # Tab moves on to the next control instead of into the page's links.
        return QWidget.focusNextPrevChild(self, next)

    def links(self) -> list[tuple[int, int, str]]:
        """(start, end, href) of every link on the page, in reading order."""
        found: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if found and found[-1][2] == fmt.anchorHref() and found[-1][1] == start:
                        found[-1] = (found[-1][0], end, found[-1][2])  # one link split over formats
                    else:
                        found.append((start, end, fmt.anchorHref()))
                it += 1
            block = block.next()
        return found

    def step_link(self, forward: bool) -> str:
        """Highlight the next (or previous) link; returns its href, or "" when there are none."""
        found = self.links()
        if not found:
            return ""
        self._link_index = (self._link_index + (1 if forward else -1)) % len(found)
        start, end, href = found[self._link_index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return href

    def selected_link(self) -> str:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        for start, end, href in self.links():
            if start == cursor.selectionStart() and end == cursor.selectionEnd():
                return href
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            href = self.step_link(event.key() == Qt.Key.Key_Down)
            self._show_definition(href, self.cursorRect().bottomLeft())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_link():
            self.linkRequested.emit(self.selected_link())
            return
        super().keyPressEvent(event)

    def _show_definition(self, href: str, where: QPoint) -> None:
        text = self.definition_for(href)
        if text:
            QToolTip.showText(self.viewport().mapToGlobal(where), text, self)
        else:
            QToolTip.hideText()

    def setHtml(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._link_index = -1
        super().setHtml(text)

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
