"""The section area: each section's view is imported and created on first show.

A section that fails to import or build raises: a bug reaches the bug report, never a
placeholder. `clear()` destroys every view (used when locking: views hold data).

Each view sits in a frameless scroll area: when the window is smaller than a view needs (a
1024×600 screen at 200 % text), the view scrolls as a whole instead of forcing the window
past the screen's edge and its buttons off screen.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from tracker.ui.main.sections import SECTIONS


class SectionStack(QStackedWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        self._fresh: set[str] = set()

    def show_section(self, section_id: str, arg: object = None) -> QWidget | None:
        section = next((s for s in SECTIONS if s.id == section_id), None)
        if section is None:
            return None
        view = self.views.get(section_id)
        if view is None:
            view = self.view_for(section_id)
        elif section_id not in self._fresh:
            self._call(view, "refresh")
        self._fresh.discard(section_id)
        self.setCurrentWidget(self._holders[section_id])
        if arg is not None:
            self._call(view, "open_target", arg)
        return view

    def view_for(self, section_id: str) -> QWidget | None:
        """The section's view, built (and added, not shown) if it was not yet."""
        view = self.views.get(section_id)
        section = next((s for s in SECTIONS if s.id == section_id), None)
        if view is None and section is not None:
            view = self._create(section)
            self.views[section_id] = view
            self._fresh.add(section_id)  # just built: its first showing needs no refresh
            holder = QScrollArea()
            holder.setObjectName(f"section-{section_id}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            # A frame, not a control: Tab and Ctrl+1…7 go to the view's first control, never to it.
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            holder.setWidget(view)
            self._holders[section_id] = holder
            self.addWidget(holder)
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

    def current_view(self) -> QWidget | None:
        holder = self.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else None

    def clear(self) -> None:
        for holder in self._holders.values():
            self.removeWidget(holder)
            holder.hide()
            holder.deleteLater()
        self._holders.clear()
        self.views.clear()
        self._fresh.clear()
