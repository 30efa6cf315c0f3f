"""Settings of this computer (not of the institution, which lives in the database).

Declared once with key, type, default and a translatable label; stored as JSON in the home folder,
written atomically so that a crash never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.text import QT_TRANSLATE_NOOP, Message


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


SET_ASIDE = QT_TRANSLATE_NOOP(
    "settings",
    "The settings file could not be read (it is damaged), so the program starts with its default settings. "
    "The damaged file is kept as “{file}”.",
)


class Settings:
    """The settings of ``path``.  A file that is not readable JSON of settings is never silently
    replaced: it is moved aside (``settings.json.damaged-<time>``), named in :attr:`set_aside`, and the
    program says so (:meth:`problem`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        #: Where a damaged settings file was moved at this start, if it was.
        self.set_aside: Path | None = None
        if not path.exists():
            return
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = None
        if isinstance(loaded, dict):
            self._values = {k: v for k, v in loaded.items() if k in DECLARED}
            return
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        try:
            os.replace(path, aside)
        except OSError:  # cannot be moved: it stays, and is not overwritten while it is unreadable
            aside = path
        self.set_aside = aside

    def problem(self) -> Message | None:
        """What to tell the user about the settings file at this start, if anything."""
        if self.set_aside is None:
            return None
        return Message("settings", SET_ASIDE, {"file": self.set_aside.name})

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
        if self.set_aside == self.path:  # the damaged file could not be moved: keep it as it is
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # named as every temporary file of the program, so that one a killed process left is removed at start
        fd, tmp = tempfile.mkstemp(prefix=f".sanaq-{os.getpid()}-settings-", dir=self.path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self._values, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
