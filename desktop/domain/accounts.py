"""Who may do what: roles, their permissions, the signed-in account, and the slowdown after wrong passwords.

Pure rules: the services keep the accounts (``desktop.services.accounts``) and check a permission
before every write; the window only hides what the role may not do.
"""

from __future__ import annotations

import datetime as dt
import enum
import secrets
from dataclasses import dataclass

from desktop.domain.errors import SanaqError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"
    EMPLOYEE = "employee"
    VIEWER = "viewer"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("accounts", "Administrator"),
    Role.EMPLOYEE: QT_TRANSLATE_NOOP("accounts", "Responsible employee"),
    Role.VIEWER: QT_TRANSLATE_NOOP("accounts", "Viewer"),
}


class Permission(enum.StrEnum):
    #: Read lists, reports and records: every role.
    READ = "read"
    #: The register, census sheets, outcomes, certificates, tablets, imports and exports.
    CENSUS_WORK = "census_work"
    #: Sending to the Department.
    SEND = "send"
    #: Accounts, the institution's profile and settings, the audit trail, the close-out.
    ADMINISTER = "administer"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.EMPLOYEE: frozenset({Permission.READ, Permission.CENSUS_WORK, Permission.SEND}),
    Role.VIEWER: frozenset({Permission.READ}),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.READ: QT_TRANSLATE_NOOP("accounts", "read the lists and reports"),
    Permission.CENSUS_WORK: QT_TRANSLATE_NOOP("accounts", "change the register, census sheets and certificates"),
    Permission.SEND: QT_TRANSLATE_NOOP("accounts", "send data to the Department"),
    Permission.ADMINISTER: QT_TRANSLATE_NOOP("accounts", "manage accounts, settings and the audit trail"),
}


@dataclass(frozen=True)
class Principal:
    """The signed-in account, as the services see it."""

    account_id: int
    login: str
    full_name: str
    role: Role
    #: The uuid of the employee record the account acts as (who filled a sheet, issued a certificate);
    #: empty for a viewer.
    employee_uuid: str = ""

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def actor(self) -> str:
        """What the records' ``created_by``/``updated_by`` keep: the employee's uuid, else the login."""
        return self.employee_uuid or f"account:{self.login}"


class AccessDenied(SanaqError):
    """The signed-in account's role does not allow the action (or nobody is signed in)."""

    code = "access_denied"


class SignInFailed(SanaqError):
    """A wrong login or password, a locked account, or a try too soon after wrong passwords."""

    code = "sign_in_failed"


def denied(principal: Principal | None, permission: Permission) -> AccessDenied:
    if principal is None:
        return AccessDenied(
            Message("accounts", QT_TRANSLATE_NOOP("accounts", "Sign in first: this institution has accounts.")),
            code="sign_in_required",
        )
    return AccessDenied(
        Message(
            "accounts",
            QT_TRANSLATE_NOOP("accounts", "The account {login} ({role}) may not {action}."),
            {
                "login": principal.login,
                "role": Message("accounts", ROLE_LABELS[principal.role]),
                "action": Message("accounts", PERMISSION_LABELS[permission]),
            },
        )
    )


# -- wrong passwords ----------------------------------------------------------------------------

#: Wrong passwords in a row that cost nothing; from then on each next try waits longer.
FREE_FAILURES = 4
#: The longest wait between two tries, in seconds.
LONGEST_WAIT = 300
#: Wrong passwords in a row that lock the account until an administrator unlocks it.
LOCK_AFTER = 15


def wait_after(failures: int) -> int:
    """Seconds the next try must wait after ``failures`` wrong passwords in a row: none for the first
    four, then 2, 4, 8 … seconds, at most five minutes."""
    if failures < FREE_FAILURES:
        return 0
    return int(min(2 ** (failures - FREE_FAILURES + 1), LONGEST_WAIT))


def next_try_at(failures: int, last_failure: dt.datetime | None) -> dt.datetime | None:
    seconds = wait_after(failures)
    if seconds == 0 or last_failure is None:
        return None
    return last_failure + dt.timedelta(seconds=seconds)


# -- passwords and recovery codes ---------------------------------------------------------------

MIN_PASSWORD = 8
#: Letters of a recovery code: no 0/O, 1/I/L, so that it reads back from paper without doubt.
_CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def password_problem(password: str) -> Message | None:
    if len(password) < MIN_PASSWORD:
        return Message(
            "accounts",
            QT_TRANSLATE_NOOP("accounts", "A password has at least {n} characters."),
            {"n": MIN_PASSWORD},
        )
    if password.strip() != password:
        return Message("accounts", QT_TRANSLATE_NOOP("accounts", "A password does not begin or end with a space."))
    return None


def new_recovery_code() -> str:
    """Twenty letters in groups of four (about 99 bits), to be printed and kept in the safe."""
    letters = "".join(secrets.choice(_CODE_LETTERS) for _ in range(20))
    return "-".join(letters[i : i + 4] for i in range(0, 20, 4))


def normalize_recovery_code(text: str) -> str:
    """What was typed from the paper, with case, spaces and dashes folded away."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def normalize_login(text: str) -> str:
    return text.strip().casefold()


def login_problem(login: str) -> Message | None:
    if not (2 <= len(login) <= 40) or not all(ch.isalnum() or ch in "._-" for ch in login):
        return Message(
            "accounts",
            QT_TRANSLATE_NOOP(
                "accounts", "A login has 2 to 40 letters, digits, dots, dashes or underscores, without spaces."
            ),
        )
    return None
