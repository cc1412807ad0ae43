"""A painted timeline of the lines of treatment, one bar each, with a "today" mark, and a
row beneath them with radiotherapy courses, operations and procedures as short bands."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tracker.ui.plan import words

COLOURS = ("#2f6f9f", "#8a5a9e", "#2f8f6f", "#b3672b", "#a33b4f", "#5f6f2f")
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

    def sizeHint(self) -> QSize:
        return QSize(600, TOP + ROW * (max(1, len(self._lines)) + (1 if self._treatments else 0)) + 12)

    def _span(self) -> tuple[date, date]:
        start = min([line.start for line in self._lines] + [t.first_day for t in self._treatments])
        end = max([self._today] + [line.end or self._today for line in self._lines] + [t.last_day for t in self._treatments])
        end = max(end, start + timedelta(days=60)) + timedelta(days=30)
        return start - timedelta(days=15), end

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        if not self._lines and not self._treatments:
            painter.setPen(pal.color(pal.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Your lines of treatment will appear here."))
            return
        lo, hi = self._span()
        left, right = 8.0, float(self.width() - 8)
        scale = (right - left) / max(1, (hi - lo).days)

        def x(day: date) -> float:
            return left + (day - lo).days * scale

        painter.setPen(QPen(pal.color(pal.ColorRole.Mid)))
        for year in range(lo.year, hi.year + 1):
            jan = date(year, 1, 1)
            if lo <= jan <= hi:
                painter.drawLine(int(x(jan)), TOP - 6, int(x(jan)), self.height())
                painter.drawText(int(x(jan)) + 3, 14, QLocale().toString(QDate(year, 1, 1), "yyyy"))
        metrics = QFontMetrics(self.font())
        for row, line in enumerate(self._lines):
            y = TOP + row * ROW
            end = line.end or hi
            rect = QRectF(x(line.start), y + 4, max(4.0, x(end) - x(line.start)), ROW - 10)
            colour = QColor(COLOURS[(line.number - 1) % len(COLOURS)])
            if line.end is not None:
                colour.setAlpha(150)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 5, 5)
            label = self.tr("{n}. {name}").format(n=words.num(line.number), name=line.name)
            painter.setPen(QColor("white"))
            painter.drawText(rect.adjusted(6, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()) - 10))
        if self._treatments:
            self._paint_treatments(painter, x, TOP + len(self._lines) * ROW, metrics)
        painter.setPen(QPen(QColor("#c0392b"), 2))
        tx = int(x(self._today))
        painter.drawLine(tx, TOP - 4, tx, self.height() - 2)
        painter.drawText(tx + 4, TOP - 8, self.tr("Today"))

    def _paint_treatments(self, painter: QPainter, x, y: int, metrics: QFontMetrics) -> None:
        """One row: each treatment a short band from its first to its last day (at least a
        dot wide), labelled with its kind and site where there is room."""
        pal = self.palette()
        for t in self._treatments:
            left = x(t.first_day)
            rect = QRectF(left, y + 8, max(8.0, x(t.last_day + timedelta(days=1)) - left), ROW - 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TREATMENT_COLOUR))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(pal.color(pal.ColorRole.WindowText))
            label = metrics.elidedText(words.local_treatment_text(t), Qt.TextElideMode.ElideRight, 220)
            painter.drawText(int(rect.right()) + 4, int(rect.center().y() + metrics.ascent() / 2 - 1), label)
