"""Typed errors that a person can cause and a view or the command line can put into words."""

from __future__ import annotations

from typing import Any

from desktop.domain.text import Message, Translate, english


class SanaqError(Exception):
    """An error with a translatable message for the user.

    ``code`` is stable (tests and ``--json`` output use it); ``message`` is what a person reads.
    """

    code = "error"

    def __init__(self, message: Message, *, code: str | None = None, **details: Any) -> None:
        super().__init__(message.render())
        self.message = message
        if code is not None:
            self.code = code
        self.details = details

    def render(self, translate: Translate = english) -> str:
        return self.message.render(translate)


class ValidationError(SanaqError):
    """Input that breaks a rule (a wrong BIN, a missing name)."""

    code = "invalid"

    def __init__(self, message: Message, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.field = field


class NotFoundError(SanaqError):
    code = "not_found"


class ConflictError(SanaqError):
    """The record was changed by somebody else, or the action contradicts what is stored."""

    code = "conflict"


class NeedsConfirmation(SanaqError):
    """Something unusual that may still be right (a warning): the employee confirms it, and the same call
    with the confirmation goes through."""

    code = "needs_confirmation"


class FileProblem(SanaqError):
    """A file that cannot be read or written."""

    code = "file"


class SetupRequired(SanaqError):
    """The institution profile has not been filled yet."""

    code = "setup_required"
