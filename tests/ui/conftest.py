"""Shared UI fixtures (foundation): a main window on the test journal, and waiting for busy widgets."""

from __future__ import annotations

import pytest

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def main_window(qtbot, data_dir, journal, clock, settle):
    """The main window on the `journal` fixture, with a fast auto-lock tick (20 ms), showing Today
    (what it needs from the journal is read on the task runner: settled here)."""
    from tracker.ui.main.window import MainWindow

    window = MainWindow(data_dir, journal, clock, idle_tick_ms=20)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    yield window
    # A background op (e.g. the automatic backup) must finish before the journal closes.
    for op in list(window._ops):
        op.wait(30000)


@pytest.fixture
def unlock_again(qtbot, settle):
    """unlock_again(window): type the passphrase on the window's lock screen, unlock, and let what
    the window reads at unlock (on the task runner) land."""

    def unlock(window) -> None:
        prompt = window.lock_screen.prompt
        prompt.field.setText(PASSPHRASE)
        with qtbot.waitSignal(window.locked_changed, timeout=10000):
            prompt.unlock()
        settle()

    return unlock


@pytest.fixture
def wait_not_busy(qtbot):
    """wait_not_busy(widget): wait until a widget with `is_busy()` has finished its background work."""

    def wait(widget, timeout: int = 10000) -> None:
        qtbot.waitUntil(lambda: not widget.is_busy(), timeout=timeout)

    return wait


@pytest.fixture(autouse=True)
def no_desktop_notifications(monkeypatch):
    """Reminders in these tests never reach the developer's own desktop (its session bus).

    The real notification path is tested against a private bus and daemon in
    tests/window/test_notifications_dbus.py.
    """
    from tracker.ui.reminders import notify

    monkeypatch.setattr(notify.Notifier, "system_channel", staticmethod(lambda: "none"))


@pytest.fixture
def large_text(qapp):
    """large_text("es"): the interface in that language at 150 % text; English at 100 % after."""
    from tracker.render import i18n
    from tracker.ui.main import zoom

    def apply(language: str) -> None:
        i18n.install_translators(qapp, language)
        zoom.apply(1.5)

    yield apply
    zoom.apply(1.0)
    i18n.install_translators(qapp, "en")


@pytest.fixture
def settle(qtbot):
    """settle(): let the task runner end all work submitted so far and deliver its results here.

    A view's refresh reads on the runner and renders when the result arrives: call this
    between a refresh (or a save that makes views refresh) and asserting what they show.
    It waits for conditions, never for a time: the work to end (wait_idle), then every result
    delivered (a render may submit more work: that too), then what rendering posted (a queued
    announcement) runs."""
    from PySide6.QtCore import QCoreApplication

    from tracker.ui.common.runner import task_runner

    def settle_now(timeout: int = 30000) -> None:
        runner = task_runner()
        assert runner.wait_idle(timeout), "the task runner did not finish its work in time"
        # The worker posts a result just after marking it ended: wait for every delivery.
        qtbot.waitUntil(runner.is_idle, timeout=timeout)
        QCoreApplication.processEvents()

    return settle_now


@pytest.fixture
def hold_first_call(monkeypatch):
    """hold_first_call(owner, name): the first call of `owner.name` (a view's read on the task
    runner) works out its result, then waits until `held.release` is set — so a test can make
    a newer read overtake it. Returns `held` with `started`, `release` and `calls`."""
    import threading
    from types import SimpleNamespace

    def hold(owner, name: str) -> SimpleNamespace:
        real = getattr(owner, name)
        held = SimpleNamespace(started=threading.Event(), release=threading.Event(), calls=[])

        def first_held(*args, **kwargs):
            held.calls.append(1)
            result = real(*args, **kwargs)  # what the journal holds now, before the test changes it
            if len(held.calls) == 1:
                held.started.set()
                assert held.release.wait(30)
            return result

        monkeypatch.setattr(owner, name, first_held)
        return held

    return hold


@pytest.fixture(autouse=True)
def no_new_database_work_on_the_gui_thread():
    """A test fails when interface code it drives takes a journal connection on the GUI thread
    (see tests/gui_thread_db.py)."""
    from gui_thread_db import GuiThreadDatabaseProbe, record_seen
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    probe = GuiThreadDatabaseProbe()
    event.listen(Pool, "checkout", probe.on_checkout)
    try:
        yield probe
    finally:
        event.remove(Pool, "checkout", probe.on_checkout)
    record_seen(probe.sites)
    assert not probe.sites, ("interface code read or wrote the journal on the GUI thread; run it on "
                             f"the task runner (tracker/ui/common/runner.py): {sorted(probe.sites)}")


@pytest.fixture
def answer(qtbot):
    """answer(owner, QMessageBox.StandardButton.Yes): click that button on the question open over
    `owner` (questions open with open(), so the code that asked has already returned); returns
    the question's text. Fails when no question is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    # Were a question asked with a nested event loop (a static QMessageBox helper), this closes
    # it after a while: the call returns late with nothing left to answer, and the test fails
    # instead of hanging.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: [w.close() for w in QApplication.topLevelWidgets()
                                   if isinstance(w, QMessageBox) and w.isVisible()])
    guard.start(5000)

    def click(owner, button) -> str:
        boxes = [b for b in dict.fromkeys([*owner.findChildren(QMessageBox), *QApplication.topLevelWidgets()])
                 if isinstance(b, QMessageBox) and b.isVisible()]  # a box with a parent is a window too
        assert len(boxes) == 1, f"expected one open question, found {len(boxes)}"
        box, text = boxes[0], boxes[0].text()
        box.button(button).click()
        qtbot.waitUntil(lambda: not box.isVisible())
        return text

    yield click
    guard.stop()
