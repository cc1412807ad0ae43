"""Help → Keyboard shortcuts: every shortcut in one searchable table.

Gathered at run time from the main window (its QActions, and QShortcuts that carry a
`whatsThis` description — views should give their QShortcuts one so they appear here), plus
a fixed list of keys that work inside views and in every dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # portable text, e.g. "Ctrl+N"
    action: str  # translated description
    where: str  # translated place


#: Keys that work inside a view or everywhere, which no window-level QAction describes.
STATIC: tuple[tuple[str, str, str], ...] = (
    ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Move to the next control"), QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Move to the previous control"), QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")),
    ("Space", QT_TRANSLATE_NOOP("Shortcuts", "Press the focused button or tick the focused box"), QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")),
    ("Return", QT_TRANSLATE_NOOP("Shortcuts", "Confirm: the highlighted button in a dialog"), QT_TRANSLATE_NOOP("Shortcuts", "Dialogs")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close a dialog without saving"), QT_TRANSLATE_NOOP("Shortcuts", "Dialogs")),
    ("Alt", QT_TRANSLATE_NOOP("Shortcuts", "With the underlined letter: jump to that field or button"), QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last change"), QT_TRANSLATE_NOOP("Shortcuts", "Today, Plan, Diary")),
    ("Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Redo"), QT_TRANSLATE_NOOP("Shortcuts", "Today, Plan, Diary")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Log symptoms"), QT_TRANSLATE_NOOP("Shortcuts", "Diary")),
    ("0, 1, 2, 3, 4", QT_TRANSLATE_NOOP("Shortcuts", "Rate the focused symptom (none to very severe)"), QT_TRANSLATE_NOOP("Shortcuts", "Symptom form")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search the explanations"), QT_TRANSLATE_NOOP("Shortcuts", "Learn")),
    ("Alt+Left", QT_TRANSLATE_NOOP("Shortcuts", "Back to the previous article"), QT_TRANSLATE_NOOP("Shortcuts", "Learn")),
    ("Alt+Right", QT_TRANSLATE_NOOP("Shortcuts", "Forward to the next article"), QT_TRANSLATE_NOOP("Shortcuts", "Learn")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print the article"), QT_TRANSLATE_NOOP("Shortcuts", "Learn")),
)


def _clean(text: str) -> str:
    """Menu text without the '&' accelerator marks and trailing dots."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip(".…").strip()


def window_rows(window: QWidget | None) -> list[ShortcutRow]:
    """Shortcuts defined on a window: its QActions (text) and described QShortcuts."""
    if window is None:
        return []
    where = QCoreApplication.translate(CONTEXT, "Main window")
    rows: list[ShortcutRow] = []
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty() and _clean(action.text()):
                rows.append(ShortcutRow(sequence.toString(QKeySequence.SequenceFormat.PortableText),
                                        _clean(action.text()), where))
    for shortcut in window.findChildren(QShortcut):
        text = shortcut.whatsThis()
        if text and not shortcut.key().isEmpty():
            rows.append(ShortcutRow(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText), text, where))
    return rows


def all_rows(window: QWidget | None) -> list[ShortcutRow]:
    """Window shortcuts first, then the fixed list (a key the window already uses is not repeated)."""
    unique: dict[tuple[str, str], ShortcutRow] = {}
    for row in window_rows(window):
        unique.setdefault((row.keys, row.action), row)
    taken = {keys for keys, _ in unique}
    for keys, action, where in STATIC:
        if keys not in taken:
            unique[(keys, action)] = ShortcutRow(keys, QCoreApplication.translate(CONTEXT, action),
                                                 QCoreApplication.translate(CONTEXT, where))
    return list(unique.values())


def native_keys(keys: str) -> str:
    """Show keys the way this system writes them (e.g. ⌘ on macOS), translated."""
    sequence = QKeySequence(keys, QKeySequence.SequenceFormat.PortableText)
    native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return native if native and "," not in keys else keys


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Everything in Treatment Journey can be done with the keyboard. "
                               "These are the shortcuts; type in the box to find one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a shortcut"))
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does"), self.tr("Where")])
        window = parent.window() if parent is not None else None
        for row in all_rows(window):
            items = [QStandardItem(native_keys(row.keys)), QStandardItem(row.action), QStandardItem(row.where)]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no focus trap)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_shortcuts(parent: QWidget | None = None) -> ShortcutsDialog:
    dialog = ShortcutsDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
