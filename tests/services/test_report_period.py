from datetime import timedelta

from tracker.services.reports.build import default_period


def _appointment(journal, when, kind):
    from tracker.services import appointments

    return appointments.add(journal, kind=kind, starts_at=when)


def test_default_period_is_since_the_last_clinic_visit_not_a_blood_test(journal, clock):
    now = clock.now()
    _appointment(journal, now - timedelta(days=40), "clinic")
    _appointment(journal, now - timedelta(days=20), "clinic")
    _appointment(journal, now - timedelta(days=3), "blood_test")
    assert default_period(journal, clock) == ((now - timedelta(days=20)).date(), clock.today())


def test_a_visit_yesterday_reaches_back_to_the_one_before(journal, clock):
    now = clock.now()
    _appointment(journal, now - timedelta(days=30), "clinic")
    _appointment(journal, now - timedelta(days=1), "clinic")
    assert default_period(journal, clock) == ((now - timedelta(days=30)).date(), clock.today())


def test_the_period_is_read_without_loading_matplotlib():
    """The Reports section reads its default period from `build` as it opens, on the GUI
    thread: matplotlib (~44 MB, seconds to import) only comes with the summary's charts."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from tracker.services.reports import build\n"
            "assert callable(build.default_period)\n"
            "assert 'matplotlib' not in sys.modules, 'loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
