"""Drafts that save by themselves: the one save queue of a page that keys sheets.

The census sheets page and the double-entry page both let a person type a sheet while earlier
saves are still on their way.  Each has a :class:`DraftSaver`: its writes go one at a time and in
order (a later save carries the revision the earlier one returned), and a timer saves a changed
draft every ``autosave_seconds`` of the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.views.operations import SaveQueue

if TYPE_CHECKING:
    from desktop.settings import Settings
    from desktop.views.page import Page

#: The bounds of the autosave interval, whatever the settings file says (seconds).
AUTOSAVE_BOUNDS = (1, 600)


def autosave_ms(settings: Settings) -> int:
    """How often a changed draft is saved while typing, from the settings (milliseconds)."""
    low, high = AUTOSAVE_BOUNDS
    return min(max(int(settings.get("autosave_seconds")), low), high) * 1000


class DraftSaver(QObject):
    """The save queue and the autosave timer of one page.

    ``dirty``: something typed is not saved yet.  ``blocked``: a conflict stopped saving until the
    sheet is opened again.  ``save`` is the page's own save (it reads the widgets and calls
    :meth:`write`).
    """

    def __init__(self, page: Page, save: Callable[[], None]) -> None:
        super().__init__(page)
        self._settings = page.ctx.settings
        self._save = save
        self.queue = SaveQueue(page, page.ctx, page.runner)
        #: Queue a write: ``write(prepare, done=..., failed=...)``; ``prepare`` reads the widgets at its turn.
        self.write = self.queue.run
        self.dirty = False
        self.blocked = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.apply_settings()
        self.timer.start()

    def apply_settings(self) -> None:
        """Take the autosave interval from the settings (they may have changed on the Settings page)."""
        self.timer.setInterval(autosave_ms(self._settings))

    @property
    def writing(self) -> bool:
        return self.queue.writing

    def _tick(self) -> None:
        if self.dirty and not self.queue.writing and not self.blocked:
            self._save()
