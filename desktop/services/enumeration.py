"""Outcomes of enumeration without a sheet: online self-enumeration (with its confirmation code) and
refusals, for one person or for many from a file.

Interview and records outcomes are set by completing a sheet (``desktop.services.entry``).  Every
command is one transaction: a file with one bad row writes nothing and names the row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain import iin as iin_rules
from desktop.domain import person as person_rules
from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.campaign import Campaign
from desktop.domain.entry import EntryMode, clean_reason, normalize_online_code, online_code_problem
from desktop.domain.enums import CoverageStatus
from desktop.domain.errors import ConflictError, FileProblem, NeedsConfirmation, NotFoundError, ValidationError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.base import utcnow
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee, Person
from desktop.services import accounts, after_close, certificates, tables
from desktop.services.jobs import Progress, no_progress

#: Statuses set by a completed sheet; an outcome without a sheet may not overwrite them.
SHEET_STATUSES = (CoverageStatus.INTERVIEW.value, CoverageStatus.RECORDS.value)

_IIN_HEADERS = {"иин", "жсн", "iin", "иин респондента", "жсн респондента"}
_CODE_HEADERS = {"код", "code", "код подтверждения", "растау коды", "коды", "confirmation code", "код sanaq"}
_REASON_HEADERS = {"причина", "себеп", "себебі", "reason", "причина отказа", "бас тарту себебі"}


@dataclass(frozen=True)
class Outcome:
    person_id: int
    person_uuid: str
    status: str
    online_code: str | None
    reason: str
    changed: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "person_uuid": self.person_uuid,
            "status": self.status,
            "online_code": self.online_code,
            "reason": self.reason,
            "changed": self.changed,
        }


@dataclass(frozen=True)
class RowProblem:
    row: int
    message: Message


@dataclass
class FileResult:
    rows: int
    recorded: int
    unchanged: int
    outcomes: list[Outcome] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"rows": self.rows, "recorded": self.recorded, "unchanged": self.unchanged}


def _t(text: str, **params: Any) -> Message:
    return Message("entry", text, params)


def employee_id_for(uow: UnitOfWork, actor: str | None = None) -> int | None:
    """The employee who acts (the unit of work's actor is an employee's uuid or "system")."""
    actor = actor if actor is not None else uow.actor
    if not actor or actor == "system":
        return None
    return uow.session.scalar(select(Employee.id).where(Employee.uuid == actor))


def moment_of(campaign: Campaign, on: dt.date | None) -> dt.datetime:
    """When a person enumerated on ``on`` (the date of the online code) counts as enumerated: noon of that
    day, local time of the census; now when no date is given."""
    if on is None:
        return utcnow()
    return dt.datetime(on.year, on.month, on.day, 12, tzinfo=campaign.timezone).astimezone(dt.UTC)


def check_window(campaign: Campaign, at: dt.datetime, *, confirmed: bool) -> None:
    """Enumeration outside the campaign's windows may be right (a paper sheet keyed late, a code recorded
    with the wrong date), but it is never taken silently: unless the employee confirmed it, it is refused
    with both dates said."""
    day = at.astimezone(campaign.timezone).date()
    if confirmed or campaign.within_windows(day):
        return
    first, last = campaign.enumeration_window()
    raise NeedsConfirmation(
        _t(
            QT_TRANSLATE_NOOP(
                "entry",
                "The date of enumeration {day} is outside the census period ({first} – {last}). Check the date; "
                "if it is right, confirm it.",
            ),
            day=day.strftime("%d.%m.%Y"),
            first=first.strftime("%d.%m.%Y"),
            last=last.strftime("%d.%m.%Y"),
        ),
        code="enumeration.outside_window",
    )


def find_by_iin(uow: UnitOfWork, raw: object) -> Person:
    number = iin_rules.normalize(raw)
    if not number:
        raise ValidationError(_t(QT_TRANSLATE_NOOP("entry", "Enter the IIN of the person.")), field="iin")
    which = iin_rules.problem(number)
    if which is not None:
        raise ValidationError(iin_rules.problem_message(number, which), field="iin", code=which.value)
    rows = list(uow.session.scalars(select(Person).where(Person.iin == number).order_by(Person.id)))
    if not rows:
        raise NotFoundError(
            _t(QT_TRANSLATE_NOOP("entry", "Nobody with the IIN {iin} is in the register."), iin=number),
            code="person.not_found",
        )
    current = [row for row in rows if row.left_on is None] or rows
    if len(current) > 1:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry", "The IIN {iin} belongs to {n} persons in the register: correct the register first."
                ),
                iin=number,
                n=len(current),
            ),
            code="person.duplicate_iin",
        )
    return current[0]


def _apply(
    uow: UnitOfWork,
    person: Person,
    mode: EntryMode,
    code: str | None,
    reason: str,
    employee_id: int | None,
    at: dt.datetime | None = None,
) -> bool:
    """Set the outcome on the row (a refusal voids the person's certificate); return whether anything
    changed.  Raises when it may not."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "outcome")
    if mode.fills_sheet:
        raise ValidationError(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry", "Interview and records outcomes are recorded by completing the person's census sheet."
                )
            ),
            field="mode",
            code="mode.needs_sheet",
        )
    if person.status in SHEET_STATUSES:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry",
                    "The census sheet of this person is complete; reopen it before recording another outcome.",
                )
            ),
            code="person.sheet_complete",
        )
    if mode is EntryMode.ONLINE:
        new = (CoverageStatus.ONLINE.value, code, "")
    else:
        new = (CoverageStatus.REFUSED.value, None, reason)
    if (person.status, person.online_code, person.status_reason or "") == new:
        return False
    _audit(uow, person, "recorded", new)
    person.status, person.online_code, person.status_reason = new
    person.enumerated_at = at or utcnow()
    person.enumerated_by = employee_id
    certificates.void_contradicted(uow, person.id, person.status)
    return True


def _audit(uow: UnitOfWork, person: Person, action: str, new: tuple[str, str | None, str]) -> None:
    """Note the outcome's change (status, online code, reason: old → new) for the audit trail."""
    old = (person.status, person.online_code, person.status_reason or "")
    changes = {key: [a, b] for key, a, b in zip(("status", "online_code", "reason"), old, new, strict=True) if a != b}
    label = person_rules.full_name(person.surname, person.name or "", person.patronymic or "")
    uow.record(Event(Kind.OUTCOME, action, "person", person.uuid, person.uuid, label, changes))


def _check_inputs(mode: EntryMode, code: object, reason: object) -> tuple[str | None, str]:
    if mode is EntryMode.ONLINE:
        clean = normalize_online_code(code)
        problem = online_code_problem(clean)
        if problem is not None:
            raise ValidationError(problem, field="code", code="code.invalid")
        return clean, ""
    if mode is EntryMode.REFUSED:
        text = clean_reason(reason)
        if not text:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("entry", "Write the reason for the refusal.")),
                field="reason",
                code="reason.missing",
            )
        return None, text
    return None, ""


def _outcome(person: Person, changed: bool) -> Outcome:
    return Outcome(
        person_id=person.id,
        person_uuid=person.uuid,
        status=person.status,
        online_code=person.online_code,
        reason=person.status_reason or "",
        changed=changed,
    )


def record(
    uow: UnitOfWork,
    *,
    mode: EntryMode | str,
    iin: object = None,
    person_id: int | None = None,
    code: object = None,
    reason: object = None,
    at: dt.datetime | None = None,
    on: dt.date | None = None,
    campaign: Campaign | None = None,
    outside_window: bool = False,
) -> Outcome:
    """Record an online or refused outcome for one person (by IIN or id), in one transaction.
    ``on``: the day the person was enumerated (the online code's own date), or ``at`` the moment, when not
    now; with the ``campaign``, a day outside its windows needs ``outside_window`` (the employee confirmed
    it), else :class:`NeedsConfirmation`."""
    accounts.require(uow, Permission.CENSUS_WORK)  # before anything is asked of the user
    mode = EntryMode(mode)
    clean_code, clean_text = _check_inputs(mode, code, reason)
    if campaign is not None:
        at = at or moment_of(campaign, on)
        check_window(campaign, at, confirmed=outside_window)
    if person_id is not None:
        person = uow.session.get(Person, person_id)
        if person is None:
            raise NotFoundError(_t(QT_TRANSLATE_NOOP("entry", "The person is no longer in the register.")))
    else:
        person = find_by_iin(uow, iin)
    _check_code_unique(uow, clean_code, person.id)
    changed = _apply(uow, person, mode, clean_code, clean_text, employee_id_for(uow), at)
    uow.commit()
    return _outcome(person, changed)


def reset(uow: UnitOfWork, person_id: int) -> Outcome:
    """Take back an online or refused outcome recorded by mistake: the person is to be enumerated again."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "outcome")
    person = uow.session.get(Person, person_id)
    if person is None:
        raise NotFoundError(_t(QT_TRANSLATE_NOOP("entry", "The person is no longer in the register.")))
    if person.status not in (CoverageStatus.ONLINE.value, CoverageStatus.REFUSED.value):
        raise ConflictError(
            _t(QT_TRANSLATE_NOOP("entry", "Only an online or refused outcome can be taken back here.")),
            code="person.not_recorded",
        )
    _audit(uow, person, "taken_back", (CoverageStatus.TO_ENUMERATE.value, None, ""))
    person.status = CoverageStatus.TO_ENUMERATE.value
    person.online_code = None
    person.status_reason = ""
    person.enumerated_at = None
    person.enumerated_by = None
    uow.commit()
    return _outcome(person, True)


def _check_code_unique(uow: UnitOfWork, code: str | None, person_id: int) -> None:
    if not code:
        return
    other = uow.session.scalar(select(Person.id).where(Person.online_code == code, Person.id != person_id).limit(1))
    if other is not None:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP("entry", "The confirmation code {code} is already recorded for another person."),
                code=code,
            ),
            code="code.duplicate",
        )


# -- files ---------------------------------------------------------------------------------------


def _header_kinds(row: Sequence[object]) -> int:
    """How many columns a row names, when it names the IIN column (a header row); else 0."""
    kinds = {_header_kind(cell) for cell in row}
    return len(kinds - {None}) if "iin" in kinds else 0


def _header_kind(cell: object) -> str | None:
    text = " ".join(str(cell or "").split()).casefold().rstrip(":")
    if text in _IIN_HEADERS:
        return "iin"
    if text in _CODE_HEADERS:
        return "code"
    if text in _REASON_HEADERS:
        return "reason"
    return None


@dataclass(frozen=True)
class FileRow:
    row: int  # 1-based, as the spreadsheet numbers it
    iin: object
    value: object


def read_outcome_file(path: Path, mode: EntryMode) -> list[FileRow]:
    """The rows of a file that maps IINs to confirmation codes (online) or to reasons (refused).

    A header row naming the columns (ИИН/ЖСН/IIN and Код/Code or Причина/Reason) may come first;
    without one the first column is the IIN and the second the code or reason.
    """
    rows = tables.read_table(path).rows
    start, iin_col, value_col = 0, 0, 1
    wanted = "code" if mode is EntryMode.ONLINE else "reason"
    found = tables.header_row(rows, _header_kinds, within=10)
    if found is not None:
        kinds = [_header_kind(cell) for cell in rows[found]]
        start, iin_col = found + 1, kinds.index("iin")
        value_col = kinds.index(wanted) if wanted in kinds else (iin_col + 1)
    result = []
    for index, row in enumerate(rows[start:], start=start + 1):
        cells = list(row) + [None, None]
        first, second = cells[iin_col], cells[value_col] if value_col < len(row) else None
        if all(tables.blank(cell) for cell in row):
            continue
        result.append(FileRow(index, first, second))
    return result


def record_file(
    uow: UnitOfWork,
    path: Path,
    *,
    mode: EntryMode | str,
    reason: str | None = None,
    progress: Progress = no_progress,
    on: dt.date | None = None,
    campaign: Campaign | None = None,
    outside_window: bool = False,
) -> FileResult:
    """Record the outcomes of a whole file in one transaction.

    Every row is checked first; if any row is wrong nothing is written and the error names the row
    (and says how many rows have problems).  ``reason`` fills refused rows without their own.  ``on``,
    ``campaign`` and ``outside_window``: the day of enumeration of every row, checked as by :func:`record`.
    """
    accounts.require(uow, Permission.CENSUS_WORK)  # before anything is asked of the user
    mode = EntryMode(mode)
    at = None
    if campaign is not None:
        at = moment_of(campaign, on)
        check_window(campaign, at, confirmed=outside_window)
    rows = read_outcome_file(Path(path), mode)
    if not rows:
        raise FileProblem(
            _t(QT_TRANSLATE_NOOP("entry", "The file {name} has no rows with an IIN."), name=Path(path).name),
            code="file.empty",
        )
    problems: list[RowProblem] = []
    planned: list[tuple[FileRow, Person, str | None, str]] = []
    seen_iin: dict[int, int] = {}
    seen_code: dict[str, int] = {}
    total = len(rows)
    for done, row in enumerate(rows):
        if done % 200 == 0:
            progress(done, total * 2)
        try:
            value = row.value if not (mode is EntryMode.REFUSED and tables.blank(row.value)) else reason
            code, text = _check_inputs(mode, value, value)
            person = find_by_iin(uow, row.iin)
            if person.id in seen_iin:
                raise ValidationError(
                    _t(QT_TRANSLATE_NOOP("entry", "The same person is already in row {row}."), row=seen_iin[person.id])
                )
            seen_iin[person.id] = row.row
            if code:
                if code in seen_code:
                    raise ValidationError(
                        _t(QT_TRANSLATE_NOOP("entry", "The same code is already in row {row}."), row=seen_code[code])
                    )
                seen_code[code] = row.row
                _check_code_unique(uow, code, person.id)
            if person.status in SHEET_STATUSES:
                _apply(uow, person, mode, code, text, None)  # raises the conflict with its message
            planned.append((row, person, code, text))
        except (ValidationError, NotFoundError, ConflictError) as error:
            problems.append(RowProblem(row.row, error.message))
    if problems:
        first = problems[0]
        raise ValidationError(
            Message(
                "entry",
                QT_TRANSLATE_NOOP(
                    "entry", "Row {row} of {name}: {problem} Nothing was recorded (rows with problems: {n})."
                ),
                {"row": first.row, "name": Path(path).name, "problem": first.message, "n": len(problems)},
            ),
            code="file.row",
        )
    employee = employee_id_for(uow)
    result = FileResult(rows=total, recorded=0, unchanged=0)
    for done, (_row, person, code, text) in enumerate(planned):
        if done % 200 == 0:
            progress(total + done, total * 2)
        changed = _apply(uow, person, mode, code, text, employee, at)
        result.recorded += int(changed)
        result.unchanged += int(not changed)
        result.outcomes.append(_outcome(person, changed))
    progress(total * 2, total * 2)
    uow.commit()
    return result
