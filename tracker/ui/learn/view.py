"""The Learn section: search, topics, and a readable article pane with history.

Keyboard: Ctrl+F search · Enter opens the first result · Esc clears the search ·
Alt+Left / Alt+Right back and forward · Ctrl+= / Ctrl+- / Ctrl+0 zoom in, out, reset ·
Ctrl+P print · Ctrl+G glossary.

`open_target(arg)` (from `ctx.events.navigate("learn", arg)`) accepts an article id, or
"article:<id>", "glossary", "glossary:<slug>", "sources".
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tracker.services import learn
from tracker.ui.common.background import BackgroundOp
from tracker.ui.context import Change
from tracker.ui.learn import learn_data, pages
from tracker.ui.learn.models import SearchResultsModel, TargetRole, build_topic_model, find_target
from tracker.ui.learn.reader import ArticleReader
from tracker.ui.learn.results_delegate import ResultDelegate

START = "article:what-is-secondary-breast-cancer"


def normalise_target(arg) -> str:
    """Accept the forms other sections use and return one of our target strings."""
    text = str(arg or "").strip()
    if not text:
        return START
    if text in ("glossary", "sources"):
        return f"page:{text}"
    if text.startswith("learn:"):
        text = text.removeprefix("learn:")
    if text.startswith(("article:", "page:", "glossary:")):
        return text
    return f"article:{text}"


class LearnView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._history: list[str] = []
        self._position = -1
        self.current_target = ""
        self.current_title = ""
        #: The notice's 24-hour line, once the care team is read (None until then).
        self._urgent: str | None = None
        self._build()
        self._wire()
        self.open_target(None)
        self._read_urgent_line()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search: a drug, a symptom or any word"))
        self.search_box.setAccessibleName(self.tr("Search explanations"))
        self.search_box.setClearButtonEnabled(True)

        self.topics_model = build_topic_model(self)
        self.topics = QTreeView()
        self.topics.setModel(self.topics_model)
        self.topics.setHeaderHidden(True)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.topics.expandAll()

        self.results_model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.results_model)
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setAlternatingRowColors(True)
        self.results.setAccessibleName(self.tr("Search results"))
        self.no_results = QLabel()
        self.no_results.setWordWrap(True)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_results.setMargin(8)

        self.side_stack = QStackedWidget()
        for widget in (self.topics, self.results, self.no_results):
            self.side_stack.addWidget(widget)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search_box)
        side_layout.addWidget(self.side_stack, 1)

        self.back_button = self._tool_button(self.tr("Back"), self.tr("Back (Alt+Left)"))
        self.forward_button = self._tool_button(self.tr("Forward"), self.tr("Forward (Alt+Right)"))
        self.zoom_out_button = self._tool_button(self.tr("Smaller text"), self.tr("Smaller text (Ctrl+-)"), "\u200eA−\u200e")
        self.zoom_in_button = self._tool_button(self.tr("Larger text"), self.tr("Larger text (Ctrl+=)"), "\u200eA+\u200e")
        self.glossary_button = self._tool_button(self.tr("Glossary"), self.tr("All terms explained (Ctrl+G)"))
        self.print_button = self._tool_button(self.tr("Print…"), self.tr("Print this page (Ctrl+P)"))
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.glossary_button, self.print_button):
            bar.addWidget(button)

        self.reader = ArticleReader()
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.reader, 100)
        centred.addStretch(1)

        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addLayout(bar)
        pane_layout.addLayout(centred, 1)

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 870])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setTabOrder(self.search_box, self.topics)
        self.setTabOrder(self.topics, self.reader)

    def _tool_button(self, text: str, tip: str, label: str | None = None) -> QToolButton:
        # `label` is a symbol such as "A+"; the marks around it keep it reading left to right
        # when the layout is mirrored for Persian.
        button = QToolButton()
        button.setText(label or text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _wire(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self._open_first_result)
        self.topics.activated.connect(self._open_index)
        self.topics.clicked.connect(self._open_index)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.reader.linkRequested.connect(self.open_target)
        self.back_button.clicked.connect(self.back)
        self.forward_button.clicked.connect(self.forward)
        self.zoom_in_button.clicked.connect(self.reader.zoom_in)
        self.zoom_out_button.clicked.connect(self.reader.zoom_out)
        self.glossary_button.clicked.connect(lambda: self.open_target("page:glossary"))
        self.print_button.clicked.connect(self.print_page)
        events = getattr(self._ctx, "events", None)
        if events is not None:
            events.changed.connect(self._on_changed)
        shortcuts = (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence("Alt+Left"), self.back),
            (QKeySequence("Alt+Right"), self.forward),
            (QKeySequence("Ctrl+="), self.reader.zoom_in),
            (QKeySequence.StandardKey.ZoomIn, self.reader.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.reader.zoom_out),
            (QKeySequence("Ctrl+0"), self.reader.reset_zoom),
            (QKeySequence.StandardKey.Print, self.print_page),
            (QKeySequence("Ctrl+G"), lambda: self.open_target("page:glossary")),
        )
        for keys, slot in shortcuts:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search_box.clear)

    # --- navigation -----------------------------------------------------------------

    def open_target(self, arg, *, record: bool = True) -> None:
        """Show an article or reference page; `arg` as described in the module docstring."""
        target = normalise_target(arg)
        colours = pages.PageColours.from_palette(self.reader.palette())
        anchor = ""
        if target.startswith("article:"):
            page = pages.article_page(target.removeprefix("article:"), self._urgent, colours)
            if page is None:
                page = pages.missing_page(target.removeprefix("article:"))
        elif target == "page:sources":
            page = pages.sources_page(colours)
        else:  # the glossary, perhaps at one term
            page = pages.glossary_page(colours)
            anchor = target.removeprefix("glossary:") if target.startswith("glossary:") else ""
        title, body = page
        self.reader.document().setDefaultStyleSheet(pages.style_sheet(colours))
        self.reader.setHtml(body)
        if anchor:
            self.reader.scrollToAnchor(anchor)
        else:
            self.reader.verticalScrollBar().setValue(0)
        self.current_target, self.current_title = target, title
        self.reader.setAccessibleDescription(title)
        if record and (self._position < 0 or self._history[self._position] != target):
            del self._history[self._position + 1 :]
            self._history.append(target)
            self._position = len(self._history) - 1
        self._sync_tree(target)
        self._update_buttons()

    def _open_index(self, index: QModelIndex) -> None:
        target = index.data(TargetRole)
        if target:
            self.open_target(target)

    def _sync_tree(self, target: str) -> None:
        tree_target = "page:glossary" if target.startswith("glossary:") else target
        index = find_target(self.topics_model, tree_target)
        selection = self.topics.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.topics.scrollTo(index)
        else:
            selection.clearSelection()

    def back(self) -> None:
        if self._position > 0:
            self._position -= 1
            self.open_target(self._history[self._position], record=False)

    def forward(self) -> None:
        if self._position < len(self._history) - 1:
            self._position += 1
            self.open_target(self._history[self._position], record=False)

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)

    # --- search ---------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if not text:
            self.side_stack.setCurrentWidget(self.topics)
            return
        hits = learn.search(text)
        self.results_model.set_results(hits)
        if hits:
            self.side_stack.setCurrentWidget(self.results)
            self.results.setCurrentIndex(self.results_model.index(0))
        else:
            self.no_results.setText(
                self.tr("Nothing matches “{text}”. Try a drug name, a symptom, or a shorter word.").format(text=text)
            )
            self.side_stack.setCurrentWidget(self.no_results)

    def _open_first_result(self) -> None:
        self.run_search()
        if self.results_model.rowCount() and self.side_stack.currentWidget() is self.results:
            self._open_index(self.results_model.index(0))

    # --- printing -------------------------------------------------------------------

    def print_page(self) -> None:
        # Loaded when she prints: Qt's print support is ~0.6 MB for the session (issue 17).
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.current_title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print this explanation"))
        # Window-modal without a nested event loop: printing follows the dialog's answer.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code: self.reader.print_to(printer) if code == QDialog.DialogCode.Accepted else None)
        dialog.open()

    def _on_changed(self, kind: Change) -> None:
        if kind == Change.SETTINGS:
            self.refresh()

    def refresh(self) -> None:
        """Shown again: the urgent number may have changed in Settings."""
        self._read_urgent_line()

    def _read_urgent_line(self) -> None:
        """Read the care team on the task runner; the page shows the line once it lands."""
        journal = getattr(self._ctx, "journal", None)
        if journal is None:
            self._show_urgent_line(pages.urgent_line(None))
            return

        def loaded(team) -> None:
            if self._ctx.journal is journal:  # not locked or replaced meanwhile
                self._show_urgent_line(pages.urgent_line(team))

        op = BackgroundOp(lambda _progress: learn_data.load_care_team(journal), on_success=loaded,
                          key=f"learn-urgent-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def _show_urgent_line(self, urgent: str) -> None:
        if urgent == self._urgent:
            return
        self._urgent = urgent
        if self.current_target.startswith("article:"):
            # The same page again with the line: where she was reading stays put.
            bar = self.reader.verticalScrollBar()
            position = bar.value()
            self.open_target(self.current_target, record=False)
            bar.setValue(position)


def create_view(ctx, parent: QWidget | None = None) -> LearnView:
    return LearnView(ctx, parent)
