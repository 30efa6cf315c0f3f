"""Accounts: who may sign in, with which role, and the checks every write makes.

Passwords and the administrator's recovery code are kept as argon2id hashes (argon2-cffi).  Wrong
passwords in a row make the next try wait (:func:`desktop.domain.accounts.wait_after`), then lock the
account until an administrator unlocks it.  Every change here and every sign-in goes to the audit trail.

A database without any account (one made before accounts existed, or a new one not set up yet) is
open: :func:`require` lets everything through until the first account, which must be an
administrator, is made.  From then on every write needs a signed-in account whose role allows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from desktop.domain import accounts as rules
from desktop.domain.accounts import AccessDenied, Permission, Principal, Role, SignInFailed
from desktop.domain.audit import Event, Kind
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.matching import identity_key
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.accounts import Account
from desktop.models.base import utcnow
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee, Meta

Clock = Callable[[], dt.datetime]

#: Minutes without a key or a click after which the window locks, unless the administrator sets others.
DEFAULT_IDLE_MINUTES = 10
_IDLE_KEY = "idle_lock_minutes"

_hasher = PasswordHasher()  # argon2id with the library's recommended cost


def _t(text: str, **params: object) -> Message:
    return Message("accounts", text, params)


@dataclass(frozen=True)
class AccountInfo:
    id: int
    uuid: str
    login: str
    full_name: str
    role: Role
    active: bool
    locked: bool
    failures: int
    last_login_at: dt.datetime | None

    def to_json(self) -> dict[str, object]:
        return {
            "login": self.login,
            "full_name": self.full_name,
            "role": self.role.value,
            "active": self.active,
            "locked": self.locked,
            "failures": self.failures,
            "last_login_at": self.last_login_at.isoformat() if self.last_login_at else None,
        }


def _info(row: Account) -> AccountInfo:
    return AccountInfo(
        id=row.id,
        uuid=row.uuid,
        login=row.login,
        full_name=row.full_name,
        role=Role(row.role),
        active=row.active,
        locked=row.locked,
        failures=row.failures,
        last_login_at=row.last_login_at,
    )


# -- who may -------------------------------------------------------------------------------------


def has_accounts(uow: UnitOfWork) -> bool:
    known = uow.session.info.get("has_accounts")
    if known is None:
        known = uow.session.scalar(select(func.count()).select_from(Account)) != 0
        uow.session.info["has_accounts"] = known
    return bool(known)


def require(uow: UnitOfWork, permission: Permission) -> None:
    """Refuse (:class:`AccessDenied`) unless the signed-in account's role allows ``permission``; a
    database without accounts allows everything."""
    if uow.account is None:
        if has_accounts(uow):
            raise rules.denied(None, permission)
        return
    if not uow.account.may(permission):
        raise rules.denied(uow.account, permission)


def _principal(uow: UnitOfWork, row: Account) -> Principal:
    employee_uuid = ""
    if row.employee_id is not None:
        employee_uuid = uow.session.scalar(select(Employee.uuid).where(Employee.id == row.employee_id)) or ""
    return Principal(
        account_id=row.id, login=row.login, full_name=row.full_name, role=Role(row.role), employee_uuid=employee_uuid
    )


def act_as(uow: UnitOfWork, principal: Principal | None) -> None:
    """Make the unit of work act for ``principal`` (its checks, its audit entries, its records' authorship)."""
    uow.account = principal
    if principal is not None:
        uow.actor = principal.actor
        uow.session.info["actor"] = principal.actor


# -- reading ---------------------------------------------------------------------------------------


def _row(uow: UnitOfWork, login: str) -> Account:
    row = uow.session.scalars(select(Account).where(Account.login == rules.normalize_login(login))).first()
    if row is None:
        raise NotFoundError(_t(QT_TRANSLATE_NOOP("accounts", "No account with the login {login}."), login=login))
    return row


def list_accounts(uow: UnitOfWork) -> list[AccountInfo]:
    require(uow, Permission.ADMINISTER)
    return [_info(row) for row in uow.session.scalars(select(Account).order_by(Account.login))]


def principal_for(uow: UnitOfWork, login: str) -> Principal:
    """The account ``login`` as a signed-in principal, without its password: for the demo, which is never
    stopped at a sign-in, and for tests."""
    return _principal(uow, _row(uow, login))


# -- making and changing accounts -----------------------------------------------------------------


def _hash(secret: str) -> str:
    return _hasher.hash(secret)


def _matches(stored: str, secret: str) -> bool:
    if not stored:
        return False
    try:
        return _hasher.verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _check_password(password: str) -> None:
    problem = rules.password_problem(password)
    if problem is not None:
        raise ValidationError(problem, field="password", code="account.password")


def _employee_id(uow: UnitOfWork, full_name: str, role: Role) -> int | None:
    """The employee record an account acts as (who filled a sheet, issued a certificate): the employee of
    the same name, else a new record.  A new administrator's record is not on the list of responsible
    employees (inactive): the head names them, and is one only when listed by name.  A viewer changes
    nothing and needs none."""
    if role is Role.VIEWER:
        return None
    key = identity_key(full_name)
    rows = uow.session.execute(
        select(Employee.id, Employee.full_name).order_by(Employee.active.desc(), Employee.id)
    ).all()
    for employee_id, name in rows:
        if identity_key(name) == key:
            return int(employee_id)
    row = Employee(full_name=full_name, position="", active=role is Role.EMPLOYEE)
    uow.session.add(row)
    uow.session.flush()
    return row.id


@dataclass(frozen=True)
class NewAccount:
    account: AccountInfo
    #: The administrator's recovery code, shown once to be printed; None for other roles.
    recovery_code: str | None


def add_account(
    uow: UnitOfWork, login: str, full_name: str, role: Role | str, password: str, *, check_password: bool = True
) -> NewAccount:
    """Make an account in one transaction.  The first account of a database must be an administrator
    (the head of the institution); later ones are made by an administrator."""
    role = Role(role)
    first = not has_accounts(uow)
    if first and role is not Role.ADMINISTRATOR:
        raise ValidationError(
            _t(
                QT_TRANSLATE_NOOP("accounts", "The first account is the administrator's (the head of the institution).")
            ),
            field="role",
            code="account.first_administrator",
        )
    if not first:
        require(uow, Permission.ADMINISTER)
    login = rules.normalize_login(login)
    problem = rules.login_problem(login)
    if problem is not None:
        raise ValidationError(problem, field="login", code="account.login")
    full_name = " ".join(full_name.split())
    if len(full_name) < 3:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("accounts", "Enter the full name of the account's owner.")),
            field="full_name",
            code="account.full_name",
        )
    if check_password:
        _check_password(password)
    if uow.session.scalar(select(Account.id).where(Account.login == login)) is not None:
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("accounts", "The login {login} is taken already."), login=login),
            code="account.exists",
        )
    code = rules.new_recovery_code() if role is Role.ADMINISTRATOR else None
    row = Account(
        login=login,
        full_name=full_name,
        role=role.value,
        password_hash=_hash(password),
        recovery_hash=_hash(code) if code else "",
        employee_id=_employee_id(uow, full_name, role),
        active=True,
        locked=False,
        failures=0,
    )
    uow.session.add(row)
    uow.session.flush()
    uow.session.info["has_accounts"] = True
    uow.record(
        Event(
            Kind.ACCOUNT,
            "added",
            "account",
            row.uuid,
            label=login,
            changes={"login": [None, login], "full_name": [None, full_name], "role": [None, role.value]},
        )
    )
    uow.commit()
    return NewAccount(_info(row), code)


def set_up_administrator(uow: UnitOfWork, login: str, full_name: str, password: str) -> tuple[Principal, str]:
    """The first start's administrator (the head of the institution), signed in at once: the principal and
    the recovery code to print."""
    made = add_account(uow, login, full_name, Role.ADMINISTRATOR, password)
    principal = principal_for(uow, made.account.login)
    act_as(uow, principal)
    uow.record(Event(Kind.LOGIN, "signed_in", "account", made.account.uuid, label=made.account.login))
    uow.commit()
    return principal, made.recovery_code or ""


def _audit_account(uow: UnitOfWork, row: Account, action: str, changes: dict[str, list[object]] | None = None) -> None:
    uow.record(Event(Kind.ACCOUNT, action, "account", row.uuid, label=row.login, changes=changes))


def set_locked(uow: UnitOfWork, login: str, locked: bool) -> AccountInfo:
    """Lock an account (nobody signs in with it) or unlock it (wrong passwords forgotten)."""
    require(uow, Permission.ADMINISTER)
    row = _row(uow, login)
    if locked and uow.account is not None and uow.account.account_id == row.id:
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("accounts", "You cannot lock your own account.")), code="account.lock_self"
        )
    if row.locked != locked or (not locked and row.failures):
        _audit_account(uow, row, "locked" if locked else "unlocked", {"locked": [row.locked, locked]})
        row.locked = locked
        if not locked:
            row.failures = 0
            row.last_failure_at = None
        uow.commit()
    return _info(row)


def reset_password(uow: UnitOfWork, login: str, password: str) -> AccountInfo:
    """An administrator gives an account a new password (a forgotten one); the account is unlocked."""
    require(uow, Permission.ADMINISTER)
    _check_password(password)
    row = _row(uow, login)
    row.password_hash = _hash(password)
    row.locked = False
    row.failures = 0
    row.last_failure_at = None
    _audit_account(uow, row, "password_reset")
    uow.commit()
    return _info(row)


def recover(uow: UnitOfWork, login: str, code: str, password: str) -> str:
    """The administrator's own way back: the printed recovery code sets a new password.  Returns the new
    recovery code (the old one is used up), to be printed again."""
    _check_password(password)
    row = uow.session.scalars(select(Account).where(Account.login == rules.normalize_login(login))).first()
    if (
        row is None
        or Role(row.role) is not Role.ADMINISTRATOR
        or not _matches(row.recovery_hash, rules.normalize_recovery_code(code))
    ):
        raise SignInFailed(
            _t(QT_TRANSLATE_NOOP("accounts", "The login or the recovery code is wrong.")), code="recovery.wrong"
        )
    fresh = rules.new_recovery_code()
    row.password_hash = _hash(password)
    row.recovery_hash = _hash(fresh)
    row.locked = False
    row.failures = 0
    row.last_failure_at = None
    uow.account = _principal(uow, row)
    _audit_account(uow, row, "recovered")
    uow.commit()
    return fresh


# -- signing in ------------------------------------------------------------------------------------


def authenticate(uow: UnitOfWork, login: str, password: str, *, clock: Clock = utcnow) -> Principal:
    """Check a login and password; the signed-in principal, or :class:`SignInFailed` (the failure is
    counted and committed first).  A try too soon after wrong passwords is refused without being checked."""
    now = clock()
    row = uow.session.scalars(select(Account).where(Account.login == rules.normalize_login(login))).first()
    wrong = SignInFailed(_t(QT_TRANSLATE_NOOP("accounts", "The login or the password is wrong.")), code="sign_in.wrong")
    if row is None or not row.active:
        _matches(_hash("x"), password)  # the same time as a real check: a login's existence does not show
        uow.record(Event(Kind.LOGIN, "failed", label=rules.normalize_login(login)[:40]))
        uow.commit()
        raise wrong
    if row.locked:
        raise SignInFailed(
            _t(
                QT_TRANSLATE_NOOP(
                    "accounts",
                    "The account {login} is locked after wrong passwords: ask the administrator to unlock it.",
                ),
                login=row.login,
            ),
            code="sign_in.locked",
        )
    ready_at = rules.next_try_at(row.failures, row.last_failure_at)
    if ready_at is not None and now < ready_at:
        seconds = max(1, int((ready_at - now).total_seconds() + 0.999))
        raise SignInFailed(
            _t(
                QT_TRANSLATE_NOOP("accounts", "Too many wrong passwords: try again in {seconds} s."),
                seconds=seconds,
            ),
            code="sign_in.wait",
            wait_seconds=seconds,
        )
    principal = _principal(uow, row)
    if not _matches(row.password_hash, password):
        row.failures += 1
        row.last_failure_at = now
        uow.account = principal
        _audit_account(uow, row, "sign_in_failed", {"failures": [row.failures - 1, row.failures]})
        if row.failures >= rules.LOCK_AFTER:
            row.locked = True
            _audit_account(uow, row, "locked", {"locked": [False, True]})
        uow.account = None
        uow.commit()
        raise wrong
    row.failures = 0
    row.last_failure_at = None
    row.last_login_at = now
    uow.account = principal
    uow.record(Event(Kind.LOGIN, "signed_in", "account", row.uuid, label=row.login))
    uow.commit()
    return principal


def idle_minutes(uow: UnitOfWork) -> int:
    value = uow.session.get(Meta, _IDLE_KEY)
    try:
        return int(value.value) if value is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(uow: UnitOfWork, minutes: int) -> int:
    """Minutes without input after which the window locks (0: never), for every computer of the institution."""
    require(uow, Permission.ADMINISTER)
    if not 0 <= minutes <= 240:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("accounts", "The window locks after 0 to 240 minutes (0: never).")),
            field="idle_minutes",
        )
    old = idle_minutes(uow)
    if old != minutes:
        uow.session.merge(Meta(key=_IDLE_KEY, value=str(minutes)))
        uow.record(
            Event(Kind.SETTING, "changed", "setting", _IDLE_KEY, label=_IDLE_KEY, changes={_IDLE_KEY: [old, minutes]})
        )
        uow.commit()
    return minutes


__all__ = [
    "AccessDenied",
    "AccountInfo",
    "NewAccount",
    "Principal",
    "Role",
    "SignInFailed",
    "act_as",
    "add_account",
    "authenticate",
    "has_accounts",
    "idle_minutes",
    "list_accounts",
    "principal_for",
    "recover",
    "require",
    "reset_password",
    "set_idle_minutes",
    "set_locked",
]
