"""Settings → Language and appearance: language, text size, light/dark, focus outline.

Text size, theme and focus outline apply at once and are saved in app preferences (they
hold no diary content). The language applies at the next start: every screen builds its
texts once, so the page says so rather than leaving half-translated screens.

Keyboard: every control is in the tab order; Alt + the underlined letter jumps to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.render import i18n
from tracker.ui import theme

SYSTEM = "system"


class AppearancePage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._data_dir = ctx.data_dir
        prefs = theme.load_prefs(self._data_dir)
        layout = QVBoxLayout(self)
        # Text size first: nothing above it grows as the text grows, so "Larger" stays under
        # the pointer click after click.
        layout.addWidget(self._text_box(prefs[theme.ZOOM_KEY]))

        heading = QLabel(self.tr("Language and appearance"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)

        layout.addWidget(self._language_box())
        layout.addWidget(self._theme_box(prefs[theme.THEME_KEY], prefs[theme.FOCUS_KEY]))

        reset = QPushButton(self.tr("&Reset text size and colours"))
        reset.setToolTip(self.tr("Normal text size, follow the system's light or dark setting, strong focus outline."))
        reset.clicked.connect(self.reset_defaults)
        row = QHBoxLayout()
        row.addWidget(reset)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    # ------------------------------------------------------------------ sections

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        system_name = next((lang.native_name for lang in i18n.LANGUAGES if lang.code == i18n.system_language()), "English")
        self.language.addItem(self.tr("Same as this computer ({language})").format(language=system_name), SYSTEM)
        for lang in i18n.available_languages():
            self.language.addItem(lang.native_name, lang.code)
        saved = i18n.preferred_language(self._data_dir)
        index = self.language.findData(saved or SYSTEM)
        self.language.setCurrentIndex(max(0, index))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                   | Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.language_note)
        self._show_language_note()
        self.language.currentIndexChanged.connect(self._language_chosen)
        return box

    def _text_box(self, zoom: int) -> QGroupBox:
        box = QGroupBox(self.tr("Text size"))
        form = QFormLayout(box)
        self.zoom = QSpinBox()
        self.zoom.setRange(theme.ZOOM_MIN, theme.ZOOM_MAX)
        self.zoom.setSingleStep(theme.ZOOM_STEP)
        self.zoom.setSuffix("%")
        self.zoom.setValue(zoom)
        self.zoom.setAccessibleDescription(self.tr("Size of all text, as a percentage of this computer's normal size."))
        smaller = QPushButton(self.tr("Smaller"))
        larger = QPushButton(self.tr("Larger"))
        smaller.clicked.connect(self.zoom.stepDown)
        larger.clicked.connect(self.zoom.stepUp)
        # "Larger" first, at the start of a row of its own: as the text grows, everything after
        # it widens but the button stays under the pointer for the next click.
        row = QHBoxLayout()
        row.addWidget(larger)
        row.addWidget(smaller)
        row.addWidget(self.zoom)
        row.addStretch(1)
        label = QLabel(self.tr("&Text size:"))
        label.setBuddy(self.zoom)
        form.addRow(label)
        form.addRow(row)
        hint = QLabel(self.tr("Changes apply at once. The sizes you set on this computer are followed too."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.zoom.valueChanged.connect(self._zoom_changed)
        return box

    def _theme_box(self, current: str, focus: str) -> QGroupBox:
        box = QGroupBox(self.tr("Colours"))
        column = QVBoxLayout(box)
        self.theme_group = QButtonGroup(self)
        self.theme_buttons: dict[str, QRadioButton] = {}
        texts = {
            "system": self.tr("&Follow this computer (light or dark)"),
            "light": self.tr("Li&ght"),
            "dark": self.tr("&Dark"),
        }
        for key in theme.THEMES:
            button = QRadioButton(texts[key])
            button.setChecked(key == current)
            self.theme_group.addButton(button)
            self.theme_buttons[key] = button
            column.addWidget(button)
            button.toggled.connect(lambda on, k=key: on and self._theme_chosen(k))
        self.strong_focus = QCheckBox(self.tr("&Strong focus outline"))
        self.strong_focus.setToolTip(self.tr("Easier to see where the keyboard is."))
        self.strong_focus.setChecked(focus == "strong")
        self.strong_focus.toggled.connect(self._focus_changed)
        column.addWidget(self.strong_focus)
        focus_note = QLabel(self.tr("A strong outline makes it easier to see where the keyboard is."))
        focus_note.setWordWrap(True)
        column.addWidget(focus_note)
        return box

    # ------------------------------------------------------------------ actions

    def _show_language_note(self) -> None:
        chosen = self.language.currentData()
        running = i18n.installed_language()
        wanted = i18n.system_language() if chosen == SYSTEM else chosen
        if wanted != running:
            self.language_note.setText(self.tr(
                "The new language will be used the next time you open Treatment Journey."))
        else:
            self.language_note.setText(self.tr("Dates and numbers follow the language you choose."))

    def _language_chosen(self, _index: int) -> None:
        chosen = self.language.currentData()
        i18n.save_language(self._data_dir, None if chosen == SYSTEM else chosen)
        self._show_language_note()

    def _zoom_changed(self, value: int) -> None:
        app = QApplication.instance()
        applied = theme.apply_zoom(app, value)
        theme.save_zoom(self._data_dir, applied)

    def _theme_chosen(self, key: str) -> None:
        theme.apply_theme(QApplication.instance(), key)
        theme.save_prefs(self._data_dir, **{theme.THEME_KEY: key})

    def _focus_changed(self, strong: bool) -> None:
        theme.install_focus_ring(QApplication.instance(), strong=strong)
        theme.save_prefs(self._data_dir, **{theme.FOCUS_KEY: "strong" if strong else "standard"})

    def reset_defaults(self) -> None:
        self.zoom.setValue(theme.ZOOM_DEFAULT)
        self.theme_buttons["system"].setChecked(True)
        self.strong_focus.setChecked(True)

    def refresh(self) -> None:
        self.zoom.blockSignals(True)
        self.zoom.setValue(theme.load_prefs(self._data_dir)[theme.ZOOM_KEY])
        self.zoom.blockSignals(False)


def create_page(ctx, parent: QWidget | None = None) -> QWidget:
    return AppearancePage(ctx, parent)

