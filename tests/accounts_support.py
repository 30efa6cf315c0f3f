"""Acting as an account in tests: ``sign_in_as(ctx, "Full Name", role)`` makes the account when it is
missing (the administrator first, as a real institution does) and signs the context in with it."""

from __future__ import annotations

import zlib

from desktop.app import AppContext
from desktop.domain.accounts import Principal, Role
from desktop.services import accounts

PASSWORD = "test-password-1"
ADMIN_NAME = "Администратор Тестовый"


def _login_of(full_name: str) -> str:
    return "u" + format(zlib.crc32(full_name.encode()), "08x")


def sign_in_as(ctx: AppContext, full_name: str = ADMIN_NAME, role: Role | str = Role.EMPLOYEE) -> Principal:
    """Sign ``ctx`` in as the account of ``full_name`` with ``role`` (made when missing); returns it."""
    role = Role(role)
    with ctx.uow() as uow:
        if not accounts.has_accounts(uow):
            accounts.add_account(uow, "admin", ADMIN_NAME, Role.ADMINISTRATOR, PASSWORD)
        admin = accounts.principal_for(uow, "admin")
    if full_name == ADMIN_NAME:
        ctx.account = admin
        return admin
    login = _login_of(full_name)
    with ctx.db.uow(admin.actor, admin) as uow:
        if login not in {a.login for a in accounts.list_accounts(uow)}:
            accounts.add_account(uow, login, full_name, role, PASSWORD)
        ctx.account = accounts.principal_for(uow, login)
    return ctx.account
