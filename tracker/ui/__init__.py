"""The Qt layer: windows, views, dialogs and item models. The only place PySide6 is imported."""

from tracker.ui.source_scan import stop_caching_sources

# First thing on any entry into the interface (the app, the smoke check, tests, benchmarks):
# every module imported after this stays out of PySide6's source cache (see source_scan).
stop_caching_sources()
