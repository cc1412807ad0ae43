"""PySide6 no longer keeps the source of every module imported after it (issue 17: ~40 MB)."""

from __future__ import annotations

import linecache
import sys

from tracker.ui import source_scan


def test_the_installed_pyside6_has_the_source_check_we_replace():
    assert source_scan.stop_caching_sources() is True
    assert sys.modules[source_scan.FEATURE_MODULE]._mod_uses_pyside is source_scan.uses_pyside


def test_a_module_imported_later_is_judged_as_pyside6_judges_it_without_its_source_kept(tmp_path, monkeypatch):
    (tmp_path / "tj_scan_with_qt.py").write_text("from PySide6.QtCore import Qt\nFLAG = Qt.AlignmentFlag.AlignLeft\n")
    (tmp_path / "tj_scan_plain.py").write_text("VALUE = 1\n" * 2000)
    monkeypatch.syspath_prepend(str(tmp_path))
    feature = sys.modules[source_scan.FEATURE_MODULE]
    try:
        # An import statement (builtins.__import__, where PySide6 hooks in), as in the app.
        import tj_scan_plain  # noqa: F401
        import tj_scan_with_qt  # noqa: F401
        kept = [name for name in linecache.cache if "tj_scan_" in name]
        assert kept == []
        # The same answers PySide6's own check gives: 0 = uses PySide6, -1 = ignore.
        assert feature.pyside_feature_dict["tj_scan_with_qt"] == 0
        assert feature.pyside_feature_dict["tj_scan_plain"] == -1
    finally:
        for name in ("tj_scan_with_qt", "tj_scan_plain"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
