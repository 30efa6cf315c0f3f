"""Alembic environment of the Department's database: the connection is handed in by ``DepartmentDatabase``."""

from __future__ import annotations

from department.models import Base
from desktop.models.db import run_migrations

run_migrations(Base.metadata)
