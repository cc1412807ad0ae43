"""The Charts section: how symptoms, temperature, weight, blood results and doses have gone.

Keyboard: Alt+C chart kind, Alt+V / Alt+3 / Alt+1 / Alt+A ranges (since last visit, 3 months,
1 year, all: one choice of radio buttons, the arrow keys move between them), Alt+T shows the
chart as a table, Ctrl+S saves the chart as PNG or SVG. On the chart, the arrow keys step
through its points (Left/Right along a line, Up/Down between lines) and each value is
announced; hovering a point shows the same text. A one-sentence summary
above the chart is also the chart's accessible description.

First paint: the section shows its placeholder at once. matplotlib and the chart data load
on a worker thread, and only the period on screen is read (a 20-year journal is read whole
only for "All"). Every load goes to the task runner under one key, so the answer to an
older request (a range clicked and clicked again) is dropped, never drawn.
"""

from __future__ import annotations

import linecache
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QCursor, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError
from tracker.render.chart_labels import chart_labels, symptom_names
from tracker.services.charts.ranges import all_range, chart_range
from tracker.services.charts.text import LAB_GROUPS, chart_rows, chart_summary, chart_title
from tracker.services.reports.data import ChartData
from tracker.ui import theme
from tracker.ui.charts.symptom_list import SymptomListModel
from tracker.ui.charts.table import ChartTableModel
from tracker.ui.common import style
from tracker.ui.common.ask import choose_file
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.empty_state import EmptyState
from tracker.ui.common.flow_layout import FlowLayout
from tracker.ui.context import Change
from tracker.ui.main import zoom

KINDS = (
    ("symptoms", QT_TRANSLATE_NOOP("ChartsView", "Symptoms (patient-reported)"), "symptoms-chart"),
    ("measurements", QT_TRANSLATE_NOOP("ChartsView", "Temperature and weight"), "temperature-weight-chart"),
    ("markers", QT_TRANSLATE_NOOP("ChartsView", "Tumour markers"), "tumour-markers-chart"),
    ("counts", QT_TRANSLATE_NOOP("ChartsView", "Blood counts"), "blood-counts-chart"),
    ("other_labs", QT_TRANSLATE_NOOP("ChartsView", "Other blood tests"), "blood-tests-chart"),
    ("doses", QT_TRANSLATE_NOOP("ChartsView", "Dose calendar"), "dose-calendar-chart"),
)
RANGES = (
    ("last_visit", QT_TRANSLATE_NOOP("ChartsView", "Since last &visit")),
    ("3m", QT_TRANSLATE_NOOP("ChartsView", "&3 months")),
    ("1y", QT_TRANSLATE_NOOP("ChartsView", "&1 year")),
    ("all", QT_TRANSLATE_NOOP("ChartsView", "&All")),
)
SAVE_DPI = 150
_LOADING, _EMPTY, _CHART, _NOTHING_IN_PERIOD = 0, 1, 2, 3
#: What to log for each chart kind when the chosen period has nothing to draw.
WHAT_TO_LOG = {
    "symptoms": QT_TRANSLATE_NOOP("ChartsView", "No symptoms were rated in this period. Log how you feel "
                                                "(Ctrl+N, or \"How are you today?\" on Today) and they appear here."),
    "measurements": QT_TRANSLATE_NOOP("ChartsView", "No temperature or weight in this period. Type them in the "
                                                    "symptom form (Ctrl+N) or the Today card."),
    "markers": QT_TRANSLATE_NOOP("ChartsView", "No tumour marker results in this period. Add a blood result in "
                                               "the Diary (Add… → Lab result)."),
    "counts": QT_TRANSLATE_NOOP("ChartsView", "No blood counts in this period. Add a blood result in the Diary "
                                              "(Add… → Lab result)."),
    "other_labs": QT_TRANSLATE_NOOP("ChartsView", "No other blood tests in this period. Add a blood result in the "
                                                  "Diary (Add… → Lab result)."),
    "doses": QT_TRANSLATE_NOOP("ChartsView", "No doses planned or ticked in this period. Add your treatment "
                                             "on the Plan page and tick doses on Today."),
}


class ChartSaveFailed(KnownError):
    message = "The chart could not be saved there. Check the folder and try again."


class ChartsView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ChartData | None = None
        #: First day `data` holds (None: the whole journal).
        self.data_since: date | None = None
        self._first_day: date | None = None
        self.figure = None
        self.canvas = None
        self._op: BackgroundOp | None = None
        #: Keyboard position on the chart: (series index in the hover index, point index).
        self._cursor: tuple[int, int] | None = None
        self._cursor_artist = None
        self._dirty = True
        self.range_key = "3m"
        self._keys = _ChartKeys(self)
        self._build()
        ctx.events.changed.connect(self._journal_changed)
        self.reload()

    # Layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        # The controls wrap onto a second line rather than widen the window (1024×600, large text).
        bar_host = QWidget()
        bar = FlowLayout(bar_host, style.space(2))
        kind_label = QLabel(self.tr("&Chart:"))
        self.kind_box = QComboBox()
        for key, title, _file in KINDS:
            self.kind_box.addItem(QCoreApplication.translate("ChartsView", title), key)
        kind_label.setBuddy(self.kind_box)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        bar.addWidget(kind_label)
        bar.addWidget(self.kind_box)
        # One choice of four: radio buttons, so a screen reader says "radio button, 2 of 4"
        # (checkable push buttons read as toggle buttons); arrow keys move between them.
        # The period and its choices wrap onto the next line together, never apart.
        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.setSpacing(style.space(2))
        period_row.addWidget(QLabel(self.tr("Period:")))
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QRadioButton] = {}
        for key, title in RANGES:
            button = QRadioButton(QCoreApplication.translate("ChartsView", title))
            button.setChecked(key == self.range_key)
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            period_row.addWidget(button)
        bar.addWidget(period)
        self.table_button = QPushButton(self.tr("Show as &table"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Show the same points as a table of dates and values"))
        self.table_button.toggled.connect(self._show_table)
        bar.addWidget(self.table_button)
        self.save_button = QPushButton(self.tr("Save as PNG or SVG…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save this chart as a picture (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save_chart())
        bar.addWidget(self.save_button)
        root.addWidget(bar_host)

        body = QHBoxLayout()
        self.symptom_panel = QWidget()
        panel = QVBoxLayout(self.symptom_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        pick_label = QLabel(self.tr("&Symptoms to show:"))
        self.symptom_model = SymptomListModel(self)
        self.symptom_list = QListView()
        self.symptom_list.setModel(self.symptom_model)
        self.symptom_list.setAccessibleName(self.tr("Symptoms to show"))
        pick_label.setBuddy(self.symptom_list)
        self.symptom_model.checked_changed.connect(self.render)
        self.symptom_model.too_many.connect(self._too_many)
        # Long names (Spanish, large text) wrap instead of being cut off.
        self.symptom_list.setWordWrap(True)
        self.symptom_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.symptom_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.symptom_note = QLabel(self.tr("Up to eight at a time, four lines to a panel, so the lines stay readable."))
        self.symptom_note.setWordWrap(True)
        style.tint(self.symptom_note, "muted")
        panel.addWidget(pick_label)
        panel.addWidget(self.symptom_list, 1)
        panel.addWidget(self.symptom_note)
        self.symptom_panel.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 9)
        self.symptom_panel.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        body.addWidget(self.symptom_panel)

        self.stack = QStackedWidget()
        loading = QWidget()
        loading_layout = QVBoxLayout(loading)
        loading_layout.addStretch(1)
        self.loading_label = QLabel(self.tr("Gathering your entries for the charts…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        loading_layout.addWidget(self.loading_label)
        loading_layout.addWidget(self.progress)
        loading_layout.addStretch(2)
        self.stack.addWidget(loading)
        self.empty = EmptyState(
            self.tr("Nothing to chart yet"),
            self.tr("Log symptoms for a few days and your chart appears here. Temperature, weight, "
                    "blood results and the doses you tick show up here too."),
            self.tr("Open the diary"),
            lambda: self.ctx.events.navigate.emit("diary", None),
        )
        _fit_wrapped_labels(self.empty)
        self.stack.addWidget(self.empty)
        chart_page = QWidget()
        # A period or chart kind with nothing in it says what to log instead of drawing empty axes.
        self.nothing = EmptyState(self.tr("Nothing in this period"),
                                  QCoreApplication.translate("ChartsView", WHAT_TO_LOG["symptoms"]))
        _fit_wrapped_labels(self.nothing)
        self.nothing_text = next(label for label in self.nothing.findChildren(QLabel) if label.wordWrap())
        page_layout = QVBoxLayout(chart_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = _SummaryBox()
        self.summary_label.setAccessibleName(self.tr("Chart summary"))
        page_layout.addWidget(self.summary_label)
        self.view_stack = QStackedWidget()
        canvas_host = QWidget()
        self.chart_layout = QVBoxLayout(canvas_host)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.view_stack.addWidget(canvas_host)
        self.table_model = ChartTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Chart as a table"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.view_stack.addWidget(self.table)
        page_layout.addWidget(self.view_stack, 1)
        self.hover_label = QLabel(self.tr("Point at a dot, or click the chart and use the arrow keys, to see its value and date."))
        self.hover_label.setWordWrap(True)
        self.hover_label.setAccessibleName(self.tr("Value of the chosen point"))
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page_layout.addWidget(self.hover_label)
        page_layout.addWidget(self.status_label)
        self.stack.addWidget(chart_page)
        self.stack.addWidget(self.nothing)
        body.addWidget(self.stack, 1)
        root.addLayout(body, 1)

    # Data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Called when the section is shown again: reload only if the journal changed."""
        if self._dirty:
            self.reload()

    def _journal_changed(self, kind: Change) -> None:
        if kind in (Change.DIARY, Change.DOSES, Change.PLAN, Change.SETTINGS):
            self._dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """Load the chart data for the chosen range in the background (placeholder meanwhile)."""
        journal, clock, names, key = self.ctx.journal, self.ctx.clock, symptom_names(), self.range_key
        self._dirty = False
        if self.data is None or not self.covers(key):
            self.stack.setCurrentIndex(_LOADING)
        # One key for every chart load: the runner drops an older load's result, so a stale
        # chart never lands after a newer one (and cancels the older one if still queued).
        self._op = BackgroundOp(
            lambda progress: load_chart_data(journal, clock, key, names, progress),
            on_success=self._loaded, key=f"charts-{id(self)}", parent=self,
        )
        self._op.progressed.connect(self._progressed)
        self._op.start()

    def covers(self, key: str) -> bool:
        """Whether the loaded data is the data of range `key`: it must reach back to the
        range's start, and not much further (filtering 20 years of points on the GUI
        thread for a 3-month chart costs more than reading 3 months again)."""
        if self.data is None:
            return False
        if key == "all" or self.data_since is None:
            return self.data_since is None and (key == "all" or self._first_day is None
                                                or self._first_day >= chart_range(key, self.ctx.clock.today(), self.data)[0])
        return chart_range(key, self.ctx.clock.today(), self.data)[0] == self.data_since

    def is_loading(self) -> bool:
        return self._op is not None and self._op.is_running()

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _loaded(self, result: tuple[ChartData, date | None, date | None]) -> None:
        # matplotlib's pyparsing reads its own 250 KB source into `linecache` as it is imported
        # (traceback.extract_stack): ~0.8 MB kept for the session for nothing. Only a cache
        # (a traceback reads the lines again); cleared here, on the GUI thread, not the worker.
        linecache.clearcache()
        data, self.data_since, self._first_day = result
        self.data = data
        self.symptom_model.set_series(data.symptoms)
        self.symptom_model.follow_period(*self.current_range())
        self.render()

    # Drawing ------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_box.currentData()

    def set_range(self, key: str) -> None:
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        if not self.covers(key):
            self.reload()
            return
        if self._op is not None and self._op.is_running():
            # A load for another range is on its way: the data here already fits, so its answer is stale.
            self._op.drop()
        if self.data is not None:
            self.symptom_model.follow_period(*self.current_range())
        self.render()

    def _too_many(self) -> None:
        self.symptom_note.setText(self.tr("Eight symptoms at most: untick one to show another."))
        style.tint(self.symptom_note, "warning")

    def has_data_in_period(self) -> bool:
        """Whether the chosen chart kind has anything between the period's start and end."""
        data, (start, end) = self.data, self.current_range()
        if data is None:
            return False

        def within(points) -> bool:
            return any(start <= p.when.date() <= end for p in points)

        kind = self.kind()
        if kind == "symptoms":
            chosen = set(self.symptom_model.checked_ids())
            return any(within(s.points) for s in data.symptoms if s.symptom_id in chosen)
        if kind == "measurements":
            return any(within(m.points) for m in data.measurements)
        if kind in ("markers", "counts", "other_labs"):
            group = {"markers": "marker", "counts": "count"}.get(kind, "other")
            return any(within(s.points) for s in data.labs if s.group == group)
        return any(start <= d.day <= end for d in data.doses)

    def _kind_changed(self) -> None:
        self.render()

    def current_range(self) -> tuple[date, date]:
        if self.range_key == "all" and self.data is not None:
            return all_range(self._first_day, self.ctx.clock.today())
        return chart_range(self.range_key, self.ctx.clock.today(), self.data or ChartData())

    def build_figure(self, labels=None):
        from tracker.services.charts import dose_chart, lab_chart, measurement_chart, symptom_chart

        start, end = self.current_range()
        labels = labels or chart_labels()
        kind, data = self.kind(), self.data
        if kind == "symptoms":
            return symptom_chart(data, start=start, end=end, locale_strings=labels, symptom_ids=self.symptom_model.checked_ids())
        if kind == "measurements":
            return measurement_chart(data, start=start, end=end, locale_strings=labels)
        if kind in LAB_GROUPS:
            return lab_chart(data, start=start, end=end, group=LAB_GROUPS[kind], locale_strings=labels)
        return dose_chart(data, start=start, end=end, locale_strings=labels)

    def _symptom_ids(self) -> list[str] | None:
        return self.symptom_model.checked_ids() if self.kind() == "symptoms" else None

    def summary(self, labels=None) -> str:
        """The one sentence that sums up the chart on screen (also its accessible description)."""
        start, end = self.current_range()
        return chart_summary(self.data or ChartData(), self.kind(), start=start, end=end, labels=labels or chart_labels(),
                             symptom_ids=self._symptom_ids())

    def _fill_table(self, labels) -> None:
        start, end = self.current_range()
        self.table_model.set_rows(chart_rows(self.data or ChartData(), self.kind(), start=start, end=end, labels=labels,
                                             symptom_ids=self._symptom_ids()), labels)
        self.table.resizeColumnsToContents()

    def _show_table(self, shown: bool) -> None:
        self.table_button.setText(self.tr("Show as &chart") if shown else self.tr("Show as &table"))
        if shown and self.data is not None:
            self._fill_table(chart_labels())
        self.view_stack.setCurrentIndex(1 if shown else 0)

    def render(self) -> None:
        if self.data is None:
            return
        empty = self.data.is_empty()
        for widget in (self.kind_box, self.save_button, self.table_button, *self.range_buttons.values()):
            widget.setEnabled(not empty)
        if empty:
            self.symptom_panel.setVisible(False)
            self.stack.setCurrentIndex(_EMPTY)
            return
        if not self.has_data_in_period():
            self.nothing_text.setText(QCoreApplication.translate("ChartsView", WHAT_TO_LOG[self.kind()]))
            self.nothing_text.setMinimumHeight(max(0, self.nothing_text.heightForWidth(self.nothing_text.width())))
            self.stack.setCurrentIndex(_NOTHING_IN_PERIOD)
            self.symptom_panel.setVisible(self.kind() == "symptoms")
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        labels = chart_labels()
        self.figure = self.build_figure(labels)
        self._cursor, self._cursor_artist = None, None
        # Chart text grows with the text-size setting, like the rest of the window, as far as
        # the chart area allows: at 200 % on a 1024 px screen the panel is ~500 px wide, and
        # text twice as large leaves the axes no room (matplotlib then draws a blank panel).
        text_factor = chart_text_factor(zoom.current_factor(), self.view_stack.width())
        self.figure.set_dpi(self.figure.get_dpi() * text_factor)
        if theme.current_scheme() == "dark":
            from tracker.ui.charts.dark import darken_figure  # matplotlib: loaded by now, off the GUI thread

            darken_figure(self.figure)
        canvas = FigureCanvasQTAgg(self.figure)
        # Taller with its text, or the axes lose their room (the section scrolls).
        # Each further panel (more than four symptoms) gets room of its own.
        canvas.setMinimumHeight(round((320 + 200 * (len(self.figure.axes) - 1)) * text_factor))
        summary = self.summary(labels)
        self.summary_label.setPlainText(summary)
        # A focusable picture with a name and a description a screen reader reads out,
        # whose points the arrow keys step through (see _step).
        canvas.setAccessibleName(chart_title(self.kind(), labels))
        canvas.setAccessibleDescription(summary)
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        canvas.installEventFilter(self._keys)
        canvas.mpl_connect("motion_notify_event", self._hover)
        had_focus = self.canvas is not None and self.canvas.hasFocus()
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.chart_layout.insertWidget(0, canvas, 1)
        self.canvas = canvas
        # Only now: showing or hiding the panel resizes the chart area, and an old canvas
        # still in it would be drawn once more at the new size for nothing.
        self.symptom_panel.setVisible(self.kind() == "symptoms")
        if had_focus:
            canvas.setFocus()
        if self.table_button.isChecked():
            self._fill_table(labels)
        self.save_button.setEnabled(True)
        # Bars of the dose calendar have no dots to point at.
        self.hover_label.setVisible(self.kind() != "doses")
        self.stack.setCurrentIndex(_CHART)
        canvas.draw_idle()

    def step(self, key: int) -> str | None:
        """Move the keyboard position on the chart (arrow keys, Home, End) and announce the
        value there. Returns the text announced (None when the chart has no points)."""
        from tracker.services.charts import hover_index

        if self.figure is None:
            return None
        entries = hover_index(self.figure).entries
        if not entries:
            return None
        if self._cursor is None:
            # The first press lands on the newest point of the first line.
            series, point = 0, len(entries[0][1]) - 1
        else:
            series, point = self._cursor
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                x = entries[series][1][point]
                series = (series + (1 if key == Qt.Key.Key_Down else -1)) % len(entries)
                xs = entries[series][1]
                point = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
            elif key == Qt.Key.Key_Left:
                point = max(0, point - 1)
            elif key == Qt.Key.Key_Right:
                point = min(len(entries[series][1]) - 1, point + 1)
            elif key == Qt.Key.Key_Home:
                point = 0
            elif key == Qt.Key.Key_End:
                point = len(entries[series][1]) - 1
        self._cursor = (series, point)
        ax, xs, ys, texts = entries[series]
        text = texts[point]
        self._mark(ax, xs[point], ys[point])
        self.hover_label.setVisible(True)
        self.hover_label.setText(text)
        if self.canvas is not None:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.canvas, text))
        return text

    def _mark(self, ax, x: float, y: float) -> None:
        """A ring around the point the keyboard is on, so sighted keyboard users see it too."""
        if self._cursor_artist is None or self._cursor_artist.axes is not ax:
            if self._cursor_artist is not None:
                self._cursor_artist.remove()
            (self._cursor_artist,) = ax.plot([x], [y], marker="o", markersize=14, markerfacecolor="none",
                                             markeredgewidth=2.2, color="#CC79A7", zorder=5, gid="keyboard-point")
        else:
            self._cursor_artist.set_data([x], [y])
        if self.canvas is not None:
            self.canvas.draw_idle()

    def _hover(self, event) -> None:
        if event.inaxes is None or self.figure is None:
            return
        from tracker.services.charts import nearest_point

        ratio = self.canvas.devicePixelRatioF() if self.canvas is not None else 1.0
        text = nearest_point(self.figure, event.inaxes, event.x, event.y, radius_px=12 * ratio)
        if text:
            self.hover_label.setText(text)
            QToolTip.showText(QCursor.pos(), text, self.canvas)

    # Saving -------------------------------------------------------------------------------
    def save_chart(self, path: str | Path | None = None) -> Path | None:
        if self.figure is None:
            return None
        if path is None:
            file_stub = next(f for k, _t, f in KINDS if k == self.kind())
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
            png, svg = self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)")

            def chosen(text: str, selected: str) -> None:
                path = Path(text)
                self.save_chart(path if path.suffix.lower() in (".png", ".svg")
                                else path.with_suffix(".svg" if selected == svg else ".png"))

            # No nested event loop: the chart is saved once she chose where.
            choose_file(self, self.tr("Save chart"), str(Path(folder) / f"{file_stub}.png"), f"{png};;{svg}", chosen,
                        save=True)
            return None
        path = Path(path)
        try:
            self.figure.savefig(path, dpi=SAVE_DPI, format=path.suffix.lstrip(".").lower() or "png")
        except OSError as exc:
            from tracker.ui.common.errors import show_error

            show_error(self, ChartSaveFailed(detail=type(exc).__name__))
            return None
        self.status_label.setText(self.tr("Saved to {path}").format(path=str(path)))
        return path


class _SummaryBox(QPlainTextEdit):
    """The chart's one-sentence summary, read-only, at most three lines high: with four
    symptoms in Spanish at large text the sentence would otherwise push the chart away
    (it scrolls; the canvas's accessible description holds the whole sentence)."""

    LINES = 3

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit()

    def _fit(self) -> None:
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * self.LINES + 2 * self.document().documentMargin()
        self.setFixedHeight(round(height) + margins.top() + margins.bottom() + 2)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # text size changed in Settings
            self._fit()

    def text(self) -> str:
        return self.toPlainText()


class _ChartKeys(QObject):
    """Arrow keys on the chart canvas step through its points (matplotlib would otherwise
    take them for its own navigation shortcuts)."""

    KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)

    def __init__(self, view: ChartsView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in self.KEYS and not event.modifiers():
            self._view.step(event.key())
            return True
        return super().eventFilter(watched, event)


def load_chart_data(journal, clock, key: str, names: dict[str, str], progress) -> tuple[ChartData, date | None, date | None]:
    """Runs on the worker thread: warms matplotlib's Qt canvas and the chart builders (so the
    GUI thread never pays for the import), then reads the data from the start of range `key`
    on (everything for "All"). Returns the data, the first day it covers (None: all) and, for
"All", the first day with anything to chart."""
    import matplotlib.backends.backend_qtagg  # noqa: F401 - imported here, off the GUI thread

    import tracker.services.charts.doses  # noqa: F401
    import tracker.services.charts.symptoms  # noqa: F401
    import tracker.services.charts.values  # noqa: F401
    import tracker.ui.charts.dark  # noqa: F401
    from tracker.services.reports import queries

    today = clock.today()
    since = None if key == "all" else chart_range(key, today, ChartData(appointments=queries.appointment_days(journal, clock)))[0]
    data = queries.chart_data(journal, clock, symptom_names=names, since=since, progress=progress)
    if since is not None and data.is_empty():
        # Nothing in the period: is there anything at all? (The empty journal says what to log.)
        data, since = queries.chart_data(journal, clock, symptom_names=names, progress=progress), None
    return data, since, data.first_day() if since is None else None


#: Width (px) a chart needs per unit of text-size factor for its axes to keep their room.
CHART_WIDTH_PER_TEXT_FACTOR = 560


def chart_text_factor(text_factor: float, width: int) -> float:
    """How much larger than normal the chart's own text is drawn: the text-size factor, but
    never more than a chart `width` px wide has room for (and never below normal)."""
    if width <= 0:
        return text_factor
    return max(1.0, min(text_factor, width / CHART_WIDTH_PER_TEXT_FACTOR))


def _fit_wrapped_labels(widget: QWidget, width: int = 480) -> None:
    """Give word-wrapped labels a fixed width and the height that text needs there (a
    centred wrapped QLabel otherwise gets its one-line height and the text is cut off)."""
    for label in widget.findChildren(QLabel):
        if label.wordWrap():
            label.setFixedWidth(width)
            label.setMinimumHeight(label.heightForWidth(width))


def create_view(ctx, parent: QWidget | None = None) -> QWidget:
    return ChartsView(ctx, parent)
