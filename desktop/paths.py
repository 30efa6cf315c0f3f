"""Every folder and file the program writes, from one place.

The home folder is the user's data folder (platformdirs), or ``--home DIR``, or ``SANAQ_HOME``:
moving it moves everything, for tests and portable installs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Sanaq Desktop"
APP_AUTHOR = "Sanaq"


@dataclass(frozen=True)
class Paths:
    home: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> Paths:
        chosen = home or os.environ.get("SANAQ_HOME")
        if chosen:
            return cls(Path(chosen).expanduser().resolve())
        return cls(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)))

    @property
    def database(self) -> Path:
        return self.home / "sanaq.sqlite"

    @property
    def settings(self) -> Path:
        return self.home / "settings.json"

    @property
    def window_state(self) -> Path:
        return self.home / "window.ini"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def secret_key(self) -> Path:
        """The key that seals the secrets kept in the database (readable by its owner only)."""
        return self.home / "sanaq.key"

    def ensure(self) -> None:
        """Make the folders, readable by their owner only (they hold personal data)."""
        for folder in (self.home, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
            try:
                os.chmod(folder, 0o700)
            except OSError:  # a file system without Unix modes
                pass
