"""The base of every page of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from desktop.views.operations import RunsOperations
from desktop.views.theme import page_icon

if TYPE_CHECKING:
    from desktop.app import AppContext
    from desktop.views.jobs import JobRunner


class Page(QWidget, RunsOperations):
    """A page in the navigation list.

    ``page_id`` is stable (it is remembered as the last page); ``title()`` is translated;
    ``refresh()`` reloads what the page shows: it is called when the page is shown and after any
    page emits ``data_changed``.
    """

    page_id = ""
    data_changed = Signal()

    def __init__(self, ctx: AppContext, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner

    def title(self) -> str:
        """The name in the navigation list; pages override it with a translated string."""
        return self.windowTitle()

    def icon(self) -> QIcon:
        return page_icon(self.page_id)

    def refresh(self) -> None:
        """Reload the page's data; pages without data to reload keep this."""
