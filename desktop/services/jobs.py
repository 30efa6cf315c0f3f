"""What long work needs from its caller, without Qt: progress and cancellation.

A service takes ``progress: Progress`` and calls ``progress(done, total)`` now and then.  The
caller's callable may raise :class:`Cancelled` to stop the work; the unit of work then rolls back,
so a cancelled job leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain.errors import SanaqError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message

Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """The progress callable of a caller that does not watch."""


class Cancelled(SanaqError):
    code = "cancelled"

    def __init__(self) -> None:
        super().__init__(Message("jobs", QT_TRANSLATE_NOOP("jobs", "Cancelled: nothing was changed.")))
