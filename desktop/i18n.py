"""Translations: Qt Linguist catalogues (``resources/i18n/<area>.<lang>.qm``) for the window and the CLI.

English is the source language; Russian and Kazakh ship complete.  The command line has no
QApplication, so :class:`Translator` asks its QTranslators directly; the window also installs them
into the application so that ``self.tr`` works.
"""

from __future__ import annotations

import locale
import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from desktop.domain.enums import Language
from desktop.resources import resource

SUPPORTED = (Language.RU, Language.KK, Language.EN)


def normalize_language(value: str | None) -> Language | None:
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split("_")[0]
    if code in ("kz", "kaz"):
        code = "kk"
    try:
        return Language(code)
    except ValueError:
        return None


def system_language() -> Language:
    """The language of the system locale: Kazakh or Russian when it is one of them, English for
    an English system, Russian for any other (the working language of the Department)."""
    candidates = [os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"), os.environ.get("LANG")]
    candidates.append(QLocale.system().name())
    try:
        candidates.append(locale.getlocale()[0])
    except ValueError:
        pass
    for candidate in candidates:
        lang = normalize_language(candidate)
        if lang is not None and candidate not in ("C", "POSIX"):
            return lang
    return Language.RU


class Translator:
    """All catalogues of one language; callable as ``translate(context, text)``."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.translators: list[QTranslator] = []
        if lang is Language.EN:
            return
        for path in sorted(resource("i18n").glob(f"*.{lang.value}.qm")):
            translator = QTranslator()
            if translator.load(str(path)):
                self.translators.append(translator)
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{lang.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.translators.append(qt_own)

    @property
    def loaded(self) -> int:
        return len(self.translators)

    def __call__(self, context: str, text: str) -> str:
        for translator in self.translators:
            translated = translator.translate(context, text)
            if translated:
                return translated
        return text
