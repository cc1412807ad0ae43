"""The guard against journal work on the GUI thread sees a view doing it, and lets a test call a loader."""

from __future__ import annotations

import threading

from tracker.services import people

# Interface code stand-ins, compiled as if they lived in tracker/ui (the guard goes by file).
SOURCE = """
class FakeView:
    def refresh(self, read):
        return read()

def load(read):
    return read()
"""


def _fake_interface() -> dict:
    namespace: dict = {}
    exec(compile(SOURCE, "/checkout/tracker/ui/fake_view.py", "exec"), namespace)
    return namespace


def test_a_view_reading_the_journal_on_the_gui_thread_is_seen(no_new_database_work_on_the_gui_thread, journal):
    probe = no_new_database_work_on_the_gui_thread
    fake = _fake_interface()
    assert threading.current_thread() is threading.main_thread()
    fake["FakeView"]().refresh(lambda: people.patient(journal))
    assert probe.sites == {"ui/fake_view.py:refresh"}
    probe.sites.clear()  # seen: that is all this test asks


def test_a_test_calling_a_loader_directly_is_not_counted(no_new_database_work_on_the_gui_thread, journal):
    probe = no_new_database_work_on_the_gui_thread
    _fake_interface()["load"](lambda: people.patient(journal))
    assert probe.sites == set()


def test_work_on_the_task_runner_is_not_counted(no_new_database_work_on_the_gui_thread, journal, settle):
    from tracker.ui.common.runner import task_runner

    probe = no_new_database_work_on_the_gui_thread
    view = _fake_interface()["FakeView"]()
    task_runner().submit(lambda _progress: view.refresh(lambda: people.patient(journal)))
    settle()
    assert probe.sites == set()
