"""Alembic environment: the connection is handed in by ``Database.migrate``."""

from __future__ import annotations

import desktop.models.all  # noqa: F401 - every table registers on the metadata
from desktop.models.base import Base
from desktop.models.db import run_migrations

run_migrations(Base.metadata)
