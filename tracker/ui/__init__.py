"""The Qt layer: windows, views, dialogs and item models. The only place PySide6 is imported."""
