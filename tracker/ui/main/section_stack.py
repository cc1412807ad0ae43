"""The section area: each section's view is imported and created on first show.

A section whose module fails to import or whose view fails to build is a bug: the exception
goes on to the bug report, never to a stand-in page that would hide it. `clear()` destroys every view (used when locking: views hold data).
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QStackedWidget, QWidget

from tracker.ui.main.sections import SECTIONS


class SectionStack(QStackedWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: dict[str, QWidget] = {}

    def show_section(self, section_id: str, arg: object = None) -> QWidget | None:
        section = next((s for s in SECTIONS if s.id == section_id), None)
        if section is None:
            return None
        view = self.views.get(section_id)
        if view is None:
            view = self._create(section)
            self.views[section_id] = view
            self.addWidget(view)
        else:
            self._call(view, "refresh")
        self.setCurrentWidget(view)
        if arg is not None:
            self._call(view, "open_target", arg)
        return view

    def _create(self, section) -> QWidget:
        module = importlib.import_module(section.module)
        view: QWidget = module.create_view(self.ctx, self)
        return view

    @staticmethod
    def _call(view: QWidget, name: str, *args) -> None:
        method = getattr(view, name, None)
        if callable(method):
            method(*args)

    def clear(self) -> None:
        for view in self.views.values():
            self.removeWidget(view)
            view.hide()
            view.deleteLater()
        self.views.clear()
