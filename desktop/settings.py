"""Settings of this computer (not of the institution, which lives in the database).

Declared once with key, type, default and a translatable label; stored as JSON in the home folder,
written atomically so that a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str


DECLARED: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("language", str, "", QT_TRANSLATE_NOOP("settings", "Language of the program")),
        Setting("db_url", str, "", QT_TRANSLATE_NOOP("settings", "Database address (empty: this computer)")),
        Setting("theme", str, "system", QT_TRANSLATE_NOOP("settings", "Colours of the window")),
        Setting("last_page", str, "overview", QT_TRANSLATE_NOOP("settings", "Page shown at start")),
        Setting("autosave_seconds", int, 5, QT_TRANSLATE_NOOP("settings", "Save drafts every (seconds)")),
        Setting(
            "exchange_ca_file",
            str,
            "",
            QT_TRANSLATE_NOOP("settings", "CA file of the Department (its own TLS authority)"),
        ),
        Setting("exchange_proxy", str, "", QT_TRANSLATE_NOOP("settings", "Proxy for the Department (address)")),
        Setting(
            "campaign_file",
            str,
            "",
            QT_TRANSLATE_NOOP("settings", "Campaign file (census dates; empty: the newest shipped)"),
        ),
    )
}


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        if path.exists():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                loaded = {}
            if isinstance(loaded, dict):
                self._values = {k: v for k, v in loaded.items() if k in DECLARED}

    def get(self, key: str) -> Any:
        setting = DECLARED[key]
        value = self._values.get(key, setting.default)
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, key: str, value: Any) -> None:
        setting = DECLARED[key]
        self._values[key] = setting.type(value)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self._values, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
