"""Translatable messages without Qt.

The domain and the services must not import Qt, yet every message a person reads must be
translatable.  They describe a message as a :class:`Message` (a context, an English template and
its parameters); the window and the command line translate it with Qt's translators.

``QT_TRANSLATE_NOOP`` marks a literal for ``pyside6-lupdate`` (which scans source text, not
imports) and returns it unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: A function that translates ``(context, source_text)`` into the user's language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text


def english(context: str, text: str) -> str:
    """The identity translation: the source language is English."""
    return text


@dataclass(frozen=True)
class Message:
    """A sentence for a person: translated late, formatted with named parameters (a parameter that
    is itself a message is translated with the same translator)."""

    context: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = english) -> str:
        params = {k: (v.render(translate) if isinstance(v, Message) else v) for k, v in self.params.items()}
        text = translate(self.context, self.template) or self.template
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the source text.
            return self.template.format(**params)

    def __str__(self) -> str:
        return self.render()


def msg(context: str, template: str, **params: Any) -> Message:
    return Message(context, template, params)
