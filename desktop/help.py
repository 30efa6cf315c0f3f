"""The help shipped inside the program: HTML pages in ``resources/help/<lang>/<topic>.html``.

Russian and Kazakh are written in full; the English window shows the Russian help (the working
language of the Department).  F1 opens the topic of the page one is on (:data:`PAGE_TOPICS`).
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.domain.enums import Language
from desktop.resources import resource

#: Every topic, in the order of the contents page.
TOPICS = (
    "index",
    "register",
    "import",
    "sheets",
    "records",
    "keyboard",
    "double_entry",
    "certificates",
    "tablets",
    "exchange",
    "usb_package",
    "closeout",
    "accounts",
    "audit",
    "backups",
    "settings",
)

#: The topic F1 opens on each page of the main window (by ``page_id``).
PAGE_TOPICS = {
    "overview": "index",
    "respondents": "register",
    "sheets": "sheets",
    "verification": "double_entry",
    "certificates": "certificates",
    "equipment": "tablets",
    "exchange": "exchange",
    "accounts": "accounts",
    "audit": "audit",
    "backups": "backups",
    "settings": "settings",
}

HELP_LANGUAGES = (Language.RU, Language.KK)

_IMAGE = re.compile(r"""<img\s[^>]*src="([^"]+)\"""")


def help_language(lang: Language) -> Language:
    return lang if lang in HELP_LANGUAGES else Language.RU


def topic_of_page(page_id: str) -> str:
    return PAGE_TOPICS.get(page_id, "index")


def topic_path(topic: str, lang: Language) -> Path:
    return resource("help", help_language(lang).value, f"{topic}.html")


def missing_help() -> list[str]:
    """Help pages and the pictures they show that are absent, as paths under ``resources/``."""
    missing = [] if resource("help", "help.css").is_file() else ["help/help.css"]
    for lang in HELP_LANGUAGES:
        for topic in TOPICS:
            path = topic_path(topic, lang)
            if not path.is_file():
                missing.append(f"help/{lang.value}/{topic}.html")
                continue
            for source in _IMAGE.findall(path.read_text(encoding="utf-8")):
                if not (path.parent / source).is_file():
                    missing.append(f"help/{lang.value}/{source}")
    return sorted(set(missing))
