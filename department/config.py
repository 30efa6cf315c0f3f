"""What a running service needs, built once by the command line (or a test) and kept on the app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from department.db import DepartmentDatabase
from desktop.domain.campaign import Campaign, default_campaign
from desktop.protocol.package import DepartmentKeys

DEFAULT_MAX_BODY_BYTES = 64 << 20
#: The environment of ``serve``: the database, and what each worker process reads to build its app.
ENV_DB = "SANAQ_DEPARTMENT_DB"
ENV_MAX_BODY_MB = "SANAQ_DEPARTMENT_MAX_BODY_MB"
ENV_SECURE_COOKIES = "SANAQ_DEPARTMENT_SECURE_COOKIES"


def _today() -> dt.date:
    return dt.date.today()


@dataclass
class AppConfig:
    db: DepartmentDatabase
    keys: DepartmentKeys
    campaign: Campaign = field(default_factory=default_campaign)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    #: Package files accepted by the upload form.
    max_package_bytes: int = 256 << 20
    today: Callable[[], dt.date] = _today
    #: Set the Secure flag on cookies (behind HTTPS).
    secure_cookies: bool = False
