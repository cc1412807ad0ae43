"""Keyboard alone: Ctrl+1…7 reach every section, Tab moves through each view without a trap,
every control has a name a screen reader can say, and Help lists the shortcuts.

Sections whose view module does not exist yet are skipped (named in the skip reason).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tracker.ui.main.sections import SECTIONS

_spec = importlib.util.spec_from_file_location("i18n_support", Path(__file__).with_name("test_i18n_support.py"))
support = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(support)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, data_dir, journal, clock):
    win = support.make_main_window(qtbot, data_dir, journal, clock)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def _section_view(window, section) -> QWidget:
    window.show_section(section.id)
    view = window.stack.current_view()
    assert not view.objectName().startswith("placeholder-"), f"{section.module} failed to build its view"
    return view


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = getattr(widget, "text", lambda: "")()
    parent = widget.parentWidget()
    return f"{type(widget).__name__}({name!r} {text!r}) in {type(parent).__name__ if parent else None}"


def _group_visited(widget: QWidget, visited: list[QWidget]) -> bool:
    """Exclusive buttons (radio-style) take one Tab stop for the group; arrows move inside it."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        return any(v in group.buttons() for v in visited)
    if widget.autoExclusive():
        return any(isinstance(v, QAbstractButton) and v.autoExclusive() and v.parentWidget() is widget.parentWidget()
                   for v in visited)
    return False


def test_ctrl_number_reaches_every_section(qtbot, window):
    for number, section in enumerate(SECTIONS, start=1):
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.sidebar.current_section_id() == section.id, section.shortcut
        assert window.stack.current_view() is window.stack.views[section.id]


@pytest.mark.parametrize("section", SECTIONS, ids=[s.id for s in SECTIONS])
def test_tab_moves_through_the_view_without_a_trap(qtbot, settle, window, section):
    view = _section_view(window, section)
    settle()  # the view fills in when its read arrives (10 ms was not always enough: a silent skip)
    focusables = [w for w in view.findChildren(QWidget) if support.tab_focusable(w, view)]
    if not focusables:
        pytest.skip(f"the {section.id} view has no controls in this state")
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    left_view = False
    stuck = 0
    previous = None
    for _ in range(len(focusables) * 2 + 12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        assert current is not None, "focus disappeared"
        stuck = stuck + 1 if current is previous else 0
        assert stuck < 3, f"Tab is trapped in {_describe(current)}"
        previous = current
        if view.isAncestorOf(current):
            visited.append(current)
        elif visited:
            left_view = True
            break
    assert visited, f"Tab never enters the {section.id} view"
    assert left_view, f"Tab never leaves the {section.id} view (focus trap)"
    missed = [w for w in focusables if w not in visited and not any(w.isAncestorOf(v) for v in visited)
              and not _group_visited(w, visited)]
    assert not missed, "Tab never reaches: " + "; ".join(_describe(w) for w in missed)


@pytest.mark.parametrize("section", SECTIONS, ids=[s.id for s in SECTIONS])
def test_every_control_has_an_accessible_name(qtbot, window, section):
    view = _section_view(window, section)
    qtbot.wait(10)
    offenders = [
        _describe(w) for w in view.findChildren(QWidget)
        if isinstance(w, support.CONTROL_TYPES) and support.shown(w, view)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not support.has_accessible_name(w)
    ]
    assert not offenders, f"{len(offenders)} control(s) without an accessible name or label: " + "; ".join(offenders)


def test_main_window_controls_have_accessible_names(window):
    offenders = [
        _describe(w) for w in [window.sidebar, *window.statusBar().findChildren(QWidget)]
        if isinstance(w, support.CONTROL_TYPES) and w.isVisible() and not support.has_accessible_name(w)
    ]
    assert not offenders, offenders


# ----------------------------------------------------------------------------- help dialogs

def test_shortcuts_dialog_lists_window_and_view_shortcuts(qtbot, window):
    from tracker.ui.help.shortcuts import show_shortcuts

    dialog = show_shortcuts(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    model = dialog.model
    rows = {(model.item(r, 0).text(), model.item(r, 1).text()) for r in range(model.rowCount())}
    keys = {k for k, _ in rows}
    for section in SECTIONS:
        assert section.shortcut in keys, section.shortcut
    assert "Ctrl+L" in keys and "Tab" in keys and "Ctrl+N" in keys
    assert all(action and "&" not in action for _, action in rows)
    # Type to find; the table is filtered.
    qtbot.keyClicks(dialog.filter, "lock")
    assert 0 < dialog.proxy.rowCount() < model.rowCount()
    # Tab leaves the table (no focus trap) and Esc closes.
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.table
    assert dialog.isAncestorOf(QApplication.focusWidget())
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_about_shows_version_privacy_and_notices(qtbot, window):
    import tracker
    from tracker.ui.help.about import show_about

    dialog = show_about(window)
    qtbot.waitExposed(dialog)
    texts = " ".join(t for _k, t in support.visible_texts(dialog))
    assert tracker.__version__ in texts
    body = dialog.body.toPlainText()
    assert "encrypted" in body and "GNU General Public License" in body
    notices = dialog.notices.toPlainText()
    for name in ("Qt 6", "SQLCipher", "OpenSSL", "SQLAlchemy", "alembic", "cryptography", "argon2-cffi",
                 "keyring", "platformdirs", "matplotlib", "icalendar", "LGPL-3.0"):
        assert name in notices, name
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
