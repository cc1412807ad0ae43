"""The Charts section: how symptoms, temperature, weight, blood results and doses have gone.

Keyboard: Alt+C chart kind, Alt+V / Alt+3 / Alt+1 / Alt+A ranges (since last visit, 3 months,
1 year, all), Ctrl+S saves the chart as PNG or SVG. Hovering a point shows its value and date
(also written under the chart for screen readers).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QCursor, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError
from tracker.render.chart_labels import chart_labels, symptom_names
from tracker.services.charts import chart_range, dose_chart, lab_chart, measurement_chart, nearest_point, symptom_chart
from tracker.services.reports.data import ChartData
from tracker.ui import theme
from tracker.ui.charts.dark import darken_figure
from tracker.ui.charts.symptom_list import SymptomListModel
from tracker.ui.common import style
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.empty_state import EmptyState
from tracker.ui.common.flow_layout import FlowLayout
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
                                               "the Diary (Add… → Blood result)."),
    "counts": QT_TRANSLATE_NOOP("ChartsView", "No blood counts in this period. Add a blood result in the Diary "
                                              "(Add… → Blood result)."),
    "other_labs": QT_TRANSLATE_NOOP("ChartsView", "No other blood tests in this period. Add a blood result in the "
                                                  "Diary (Add… → Blood result)."),
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
        self.figure = None
        self.canvas = None
        self._op: BackgroundOp | None = None
        self._dirty = True
        self.range_key = "3m"
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
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        for key, title in RANGES:
            button = QPushButton(QCoreApplication.translate("ChartsView", title))
            button.setCheckable(True)
            button.setChecked(key == self.range_key)
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            bar.addWidget(button)
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
        self.symptom_note = QLabel(self.tr("Up to four at a time, so the lines stay readable."))
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
        self.chart_layout = QVBoxLayout(chart_page)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.hover_label = QLabel(self.tr("Point at a dot to see its value and date."))
        self.hover_label.setAccessibleName(self.tr("Value under the pointer"))
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_layout.addWidget(self.hover_label)
        self.chart_layout.addWidget(self.status_label)
        self.stack.addWidget(chart_page)
        self.stack.addWidget(self.nothing)
        body.addWidget(self.stack, 1)
        root.addLayout(body, 1)

    # Data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Called when the section is shown again: reload only if the journal changed."""
        if self._dirty:
            self.reload()

    def _journal_changed(self, kind: str) -> None:
        if kind in ("diary", "doses", "plan", "settings"):
            self._dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        if self._op is not None and self._op.is_running():
            self._op.cancel()
        from tracker.services.reports import queries

        journal, clock, names = self.ctx.journal, self.ctx.clock, symptom_names()
        self._dirty = False
        if self.data is None:
            self.stack.setCurrentIndex(_LOADING)
        self._op = BackgroundOp(
            lambda progress: queries.chart_data(journal, clock, symptom_names=names, progress=progress),
            on_success=self._loaded, parent=self,
        )
        self._op.progressed.connect(self._progressed)
        self._op.start()

    def is_loading(self) -> bool:
        return self._op is not None and self._op.is_running()

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _loaded(self, data: ChartData) -> None:
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
        if self.data is not None:
            self.symptom_model.follow_period(*self.current_range())
        self.render()

    def _too_many(self) -> None:
        self.symptom_note.setText(self.tr("Four lines at most: untick one to show another."))
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
        self.symptom_panel.setVisible(self.kind() == "symptoms")
        self.render()

    def current_range(self) -> tuple[date, date]:
        return chart_range(self.range_key, self.ctx.clock.today(), self.data or ChartData())

    def build_figure(self):
        start, end = self.current_range()
        labels = chart_labels()
        kind, data = self.kind(), self.data
        if kind == "symptoms":
            return symptom_chart(data, start=start, end=end, locale_strings=labels, symptom_ids=self.symptom_model.checked_ids())
        if kind == "measurements":
            return measurement_chart(data, start=start, end=end, locale_strings=labels)
        if kind in ("markers", "counts", "other_labs"):
            group = {"markers": "marker", "counts": "count"}.get(kind, "other")
            return lab_chart(data, start=start, end=end, group=group, locale_strings=labels)
        return dose_chart(data, start=start, end=end, locale_strings=labels)

    def render(self) -> None:
        if self.data is None:
            return
        empty = self.data.is_empty()
        for widget in (self.kind_box, self.save_button, *self.range_buttons.values()):
            widget.setEnabled(not empty)
        self.symptom_panel.setVisible(not empty and self.kind() == "symptoms")
        if empty:
            self.stack.setCurrentIndex(_EMPTY)
            return
        if not self.has_data_in_period():
            self.nothing_text.setText(QCoreApplication.translate("ChartsView", WHAT_TO_LOG[self.kind()]))
            self.nothing_text.setMinimumHeight(max(0, self.nothing_text.heightForWidth(self.nothing_text.width())))
            self.stack.setCurrentIndex(_NOTHING_IN_PERIOD)
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.figure = self.build_figure()
        # Chart text grows with the text-size setting, like the rest of the window.
        self.figure.set_dpi(self.figure.get_dpi() * zoom.current_factor())
        if theme.current_scheme() == "dark":
            darken_figure(self.figure)
        canvas = FigureCanvasQTAgg(self.figure)
        canvas.setMinimumHeight(320)
        canvas.setAccessibleName(self.kind_box.currentText())
        canvas.mpl_connect("motion_notify_event", self._hover)
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.chart_layout.insertWidget(0, canvas, 1)
        self.canvas = canvas
        self.save_button.setEnabled(True)
        # Bars of the dose calendar have no dots to point at.
        self.hover_label.setVisible(self.kind() != "doses")
        self.stack.setCurrentIndex(_CHART)
        canvas.draw_idle()

    def _hover(self, event) -> None:
        if event.inaxes is None or self.figure is None:
            return
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
            chosen, selected = QFileDialog.getSaveFileName(self, self.tr("Save chart"), str(Path(folder) / f"{file_stub}.png"), f"{png};;{svg}")
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() not in (".png", ".svg"):
                path = path.with_suffix(".svg" if selected == svg else ".png")
        path = Path(path)
        try:
            self.figure.savefig(path, dpi=SAVE_DPI, format=path.suffix.lstrip(".").lower() or "png")
        except OSError as exc:
            from tracker.ui.common.errors import show_error

            show_error(self, ChartSaveFailed(detail=type(exc).__name__))
            return None
        self.status_label.setText(self.tr("Saved to {path}").format(path=str(path)))
        return path


def _fit_wrapped_labels(widget: QWidget, width: int = 480) -> None:
    """Give word-wrapped labels a fixed width and the height that text needs there (a
    centred wrapped QLabel otherwise gets its one-line height and the text is cut off)."""
    for label in widget.findChildren(QLabel):
        if label.wordWrap():
            label.setFixedWidth(width)
            label.setMinimumHeight(label.heightForWidth(width))


def create_view(ctx, parent: QWidget | None = None) -> QWidget:
    return ChartsView(ctx, parent)
