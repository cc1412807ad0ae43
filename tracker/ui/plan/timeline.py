"""A painted timeline of the lines of treatment, one bar each, with a "today" mark, and a
row beneath them with radiotherapy courses, operations and procedures as short bands."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tracker.ui import theme
from tracker.ui.plan import words

COLOURS = ("#2f6f9f", "#8a5a9e", "#2f8f6f", "#b3672b", "#a33b4f", "#5f6f2f")
#: Row height and the room above the rows at normal text size (both grow with the text).
ROW = 34
#: Radiotherapy and procedures: one colour apart from the lines' colours.
TREATMENT_COLOUR = "#c0567a"
TOP = 26


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list = []
        self._treatments: list = []
        self._today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline of your lines of treatment"))

    def set_lines(self, lines: list, today: date, treatments: list | None = None) -> None:
        self._lines = list(lines)
        self._treatments = list(treatments or [])
        self._today = today
        self.setMinimumHeight(self.sizeHint().height())
        self.setMaximumHeight(self.sizeHint().height())
        parts = [self.tr("Line {n}: {name}, from {start}").format(n=words.num(line.number), name=line.name, start=words.medium_date(line.start))
                 for line in self._lines]
        parts += [words.local_treatment_text(t) for t in self._treatments]
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def _row(self) -> int:
        return max(ROW, QFontMetrics(self.font()).height() + 14)

    def _top(self) -> int:
        """Room for the year and "Today" above the rows (a fixed 26 px cut them at 200 %)."""
        return max(TOP, QFontMetrics(self.font()).height() + 10)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # text size changed in Settings
            self.setFixedHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(600, self._top() + self._row() * (max(1, len(self._lines)) + (1 if self._treatments else 0)) + 12)

    def _span(self) -> tuple[date, date]:
        start = min([line.start for line in self._lines] + [t.first_day for t in self._treatments])
        end = max([self._today] + [line.end or self._today for line in self._lines] + [t.last_day for t in self._treatments])
        end = max(end, start + timedelta(days=60)) + timedelta(days=30)
        return start - timedelta(days=15), end

    def _scale(self):
        lo, hi = self._span()
        left, right = 8.0, float(self.width() - 8)
        scale = (right - left) / max(1, (hi - lo).days)

        def x(day: date) -> float:
            return left + (day - lo).days * scale

        return lo, hi, x

    def today_box(self) -> QRectF:
        """Where "Today" is written: right of its line, or left of it near the right edge."""
        _lo, _hi, x = self._scale()
        metrics = QFontMetrics(self.font())
        tx = x(self._today)
        width = metrics.horizontalAdvance(self.tr("Today")) + 2
        left = tx + 4 if tx + 4 + width <= self.width() else tx - 4 - width
        return QRectF(left, self._top() - 8 - metrics.ascent(), width, metrics.height())

    def labels(self) -> list[tuple[str, QRectF, bool]]:
        """Every label drawn, its box and whether it sits on a line's bar. None crosses the Today line or runs into the next
        treatment: a label is cut short (elided) before them, or moved past the line."""
        lo, hi, x = self._scale()
        metrics = QFontMetrics(self.font())
        tx = x(self._today)
        placed: list[tuple[str, QRectF, bool]] = []
        for row, line in enumerate(self._lines):
            rect = self._bar(row, line, x, hi)
            inner = rect.adjusted(6, 0, -4, 0)
            text = self.tr("{n}. {name}").format(n=words.num(line.number), name=line.name)
            if inner.left() < tx < inner.right():
                before = QRectF(inner.left(), inner.top(), tx - 6 - inner.left(), inner.height())
                after = QRectF(tx + 6, inner.top(), inner.right() - tx - 6, inner.height())
                # Before the line if the name fits there (or has more room there), else after it.
                fits_before = metrics.horizontalAdvance(text) <= before.width()
                inner = before if fits_before or before.width() >= after.width() else after
            placed.append((*_elided(metrics, text, inner), True))
        y = self._top() + len(self._lines) * self._row()
        bands = sorted(self._treatments, key=lambda t: t.first_day)
        for i, t in enumerate(bands):
            band = self._band(t, x, y)
            left = band.right() + 4
            limit = min(left + 220, self.width() - 2.0)
            if i + 1 < len(bands):
                limit = min(limit, x(bands[i + 1].first_day) - 6)
            if left < tx:
                limit = min(limit, tx - 6)
            box = QRectF(left, band.center().y() - metrics.height() / 2, limit - left, metrics.height())
            placed.append((*_elided(metrics, words.local_treatment_text(t), box), False))
        return [label for label in placed if label[0]]

    def _bar(self, row: int, line, x, hi: date) -> QRectF:
        y = self._top() + row * self._row()
        end = line.end or hi
        return QRectF(x(line.start), y + 4, max(4.0, x(end) - x(line.start)), self._row() - 10)

    def _band(self, t, x, y: int) -> QRectF:
        left = x(t.first_day)
        return QRectF(left, y + 8, max(8.0, x(t.last_day + timedelta(days=1)) - left), self._row() - 14)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        if not self._lines and not self._treatments:
            painter.setPen(pal.color(pal.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Your lines of treatment will appear here."))
            return
        lo, hi, x = self._scale()
        today_box = self.today_box()
        painter.setPen(QPen(pal.color(pal.ColorRole.Mid)))
        metrics = QFontMetrics(self.font())
        for year in range(lo.year, hi.year + 1):
            jan = date(year, 1, 1)
            if lo <= jan <= hi:
                painter.drawLine(int(x(jan)), self._top() - 6, int(x(jan)), self.height())
                text = QLocale().toString(QDate(year, 1, 1), "yyyy")
                box = QRectF(x(jan) + 3, self._top() - 8 - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height())
                if not box.intersects(today_box):  # "Today" wins the top row
                    painter.drawText(int(box.left()), self._top() - 8, text)
        for row, line in enumerate(self._lines):
            colour = QColor(COLOURS[(line.number - 1) % len(COLOURS)])
            if line.end is not None:
                colour.setAlpha(150)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(self._bar(row, line, x, hi), 5, 5)
        y = self._top() + len(self._lines) * self._row()
        for t in self._treatments:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TREATMENT_COLOUR))
            painter.drawRoundedRect(self._band(t, x, y), 3, 3)
        for text, box, on_bar in self.labels():
            painter.setPen(QColor("white") if on_bar else pal.color(pal.ColorRole.WindowText))
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.setPen(QPen(today_colour(), 2))
        tx = int(x(self._today))
        painter.drawLine(tx, self._top() - 4, tx, self.height() - 2)
        painter.drawText(today_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("Today"))


def today_colour() -> QColor:
    """The Today line and its word: the theme's error red, readable in dark mode too (a fixed
    dark red was hard to read on the dark window)."""
    return theme.colour("error")


def _elided(metrics: QFontMetrics, text: str, box: QRectF) -> tuple[str, QRectF]:
    """The text cut to the box's width ("" when not even a few letters fit), and its box."""
    if box.width() < metrics.horizontalAdvance("Mm…"):
        return "", box
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(box.width()))
    return shown, QRectF(box.left(), box.top(), min(box.width(), metrics.horizontalAdvance(shown) + 1), box.height())
