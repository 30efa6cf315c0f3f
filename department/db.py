"""The Department's engine, sessions and migrations (the desktop's :class:`Database` with its own migrations)."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

from desktop.models.db import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DepartmentDatabase(Database):
    def _alembic_config(self) -> Config:
        config = super()._alembic_config()
        config.set_main_option("script_location", str(MIGRATIONS))
        return config
