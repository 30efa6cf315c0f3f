"""Accounts and the audit trail: who may do what, signing in, and a trail that shows tampering."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, select, update

from desktop.app import AppContext
from desktop.cli import main
from desktop.domain import accounts as rules
from desktop.domain.accounts import AccessDenied, Role, SignInFailed
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import PersonData
from desktop.models.accounts import AuditEntry
from desktop.models.entities import Person
from desktop.services import accounts, audit, register
from tests.accounts_support import PASSWORD, sign_in_as


def _person(context: AppContext, surname: str = "Әбенова") -> int:
    born = dt.date(1980, 5, 15)
    with context.uow() as uow:
        row = register.add_person(
            uow,
            PersonData(surname=surname, name="Айгүл", iin=make_iin(born, Sex.FEMALE, 11), birth_date=born),
            campaign=context.campaign,
        )
    return row.id


class Clock:
    """A clock the test moves by hand: the waits are checked without sleeping."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_a_viewer_cannot_change_a_person_through_the_services(context: AppContext) -> None:
    sign_in_as(context)  # the administrator adds the person
    pid = _person(context)
    sign_in_as(context, "Смотрящая Анна", Role.VIEWER)
    with context.uow() as uow:
        with pytest.raises(AccessDenied) as refused:
            register.update_person(uow, pid, PersonData(surname="Другая"), campaign=context.campaign)
    assert "Смотрящ" not in refused.value.render(context.translate)
    assert "не может" in refused.value.render(context.translate)  # said in Russian, the role named
    with context.uow() as uow, pytest.raises(AccessDenied):
        register.delete_person(uow, pid)
    with context.uow() as uow:
        assert register.get_person(uow, pid, campaign=context.campaign).surname == "Әбенова"


def test_nobody_signed_in_is_refused_once_the_institution_has_accounts(context: AppContext) -> None:
    pid = _person(context)  # no accounts yet: the database is open, as before accounts existed
    sign_in_as(context)
    context.account = None
    with context.uow() as uow, pytest.raises(AccessDenied) as refused:
        register.delete_person(uow, pid)
    assert refused.value.code == "sign_in_required"


def test_a_locked_account_cannot_sign_in_until_an_administrator_unlocks_it(context: AppContext) -> None:
    sign_in_as(context, "Сотрудник Первый")
    login = context.account.login if context.account else ""
    sign_in_as(context)
    with context.uow() as uow:
        accounts.set_locked(uow, login, True)
    with context.uow() as uow, pytest.raises(SignInFailed) as refused:
        accounts.authenticate(uow, login, PASSWORD)
    assert refused.value.code == "sign_in.locked"
    with context.uow() as uow:
        accounts.set_locked(uow, login, False)
    with context.uow() as uow:
        assert accounts.authenticate(uow, login, PASSWORD).login == login


def test_wrong_passwords_make_the_next_try_wait_then_lock_the_account(context: AppContext) -> None:
    sign_in_as(context)
    clock = Clock()
    for _ in range(9):
        clock.advance(rules.LONGEST_WAIT)  # each try after its wait
        with context.uow() as uow, pytest.raises(SignInFailed) as wrong:
            accounts.authenticate(uow, "admin", "wrong password", clock=clock)
        assert wrong.value.code == "sign_in.wrong"
    # The tenth try, at once: refused without being checked, even with the right password.
    with context.uow() as uow, pytest.raises(SignInFailed) as early:
        accounts.authenticate(uow, "admin", PASSWORD, clock=clock)
    assert early.value.code == "sign_in.wait"
    assert early.value.details["wait_seconds"] == rules.wait_after(9) == 64
    assert "64" in early.value.render(context.translate)
    clock.advance(63)
    with context.uow() as uow, pytest.raises(SignInFailed) as still:
        accounts.authenticate(uow, "admin", PASSWORD, clock=clock)
    assert still.value.details["wait_seconds"] == 1
    clock.advance(1)
    with context.uow() as uow:
        assert accounts.authenticate(uow, "admin", PASSWORD, clock=clock).role is Role.ADMINISTRATOR
    for _ in range(rules.LOCK_AFTER):
        clock.advance(rules.LONGEST_WAIT)
        with context.uow() as uow, pytest.raises(SignInFailed):
            accounts.authenticate(uow, "admin", "wrong password", clock=clock)
    clock.advance(rules.LONGEST_WAIT)
    with context.uow() as uow, pytest.raises(SignInFailed) as locked:
        accounts.authenticate(uow, "admin", PASSWORD, clock=clock)
    assert locked.value.code == "sign_in.locked"


def test_the_administrator_resets_a_password_and_recovers_their_own_with_the_printed_code(
    context: AppContext,
) -> None:
    with context.uow() as uow:
        made = accounts.add_account(uow, "head", "Сәрсенова Айгүл", Role.ADMINISTRATOR, "first-password")
    assert made.recovery_code is not None and len(made.recovery_code) == 24
    with context.uow() as uow:
        context.account = accounts.authenticate(uow, "head", "first-password")
    with context.uow() as uow:
        accounts.add_account(uow, "nurlan", "Нұрланұлы Ерғали", Role.EMPLOYEE, "employee-pass")
    with context.uow() as uow:
        accounts.reset_password(uow, "nurlan", "new-employee-pass")
    with context.uow() as uow:
        assert accounts.authenticate(uow, "nurlan", "new-employee-pass").role is Role.EMPLOYEE
    with context.uow() as uow, pytest.raises(SignInFailed):
        accounts.recover(uow, "head", "AAAA-BBBB-CCCC-DDDD-EEEE", "forgotten-no-more")
    typed = made.recovery_code.lower().replace("-", " ")  # read back from paper
    with context.uow() as uow:
        fresh = accounts.recover(uow, "head", typed, "forgotten-no-more")
    assert fresh != made.recovery_code
    with context.uow() as uow:
        assert accounts.authenticate(uow, "head", "forgotten-no-more").login == "head"
    with context.uow() as uow, pytest.raises(SignInFailed):  # a code works once
        accounts.recover(uow, "head", made.recovery_code, "another-password")


def test_the_signed_in_employee_is_who_filled_and_the_trail_says_old_and_new(context: AppContext) -> None:
    employee = sign_in_as(context, "Сүлейменова Әйгерім")
    pid = _person(context)
    with context.uow() as uow:
        row = register.get_person(uow, pid, campaign=context.campaign)
        data = row.data()
        data.note = "переведена"
        register.update_person(uow, pid, data, campaign=context.campaign)
    with context.uow() as uow:
        person = uow.session.get(Person, pid)
        assert person is not None and person.updated_by == employee.employee_uuid
    sign_in_as(context)
    with context.uow() as uow:
        person_uuid = uow.session.get(Person, pid).uuid  # type: ignore[union-attr]
        rows = audit.entries(uow, audit.Filters(person_uuid=person_uuid))
    assert [(r.action, r.login) for r in rows] == [("edited", employee.login), ("added", employee.login)]
    assert rows[0].changes == {"note": ["", "переведена"]}
    assert rows[0].label == "Әбенова Айгүл"
    with context.uow() as uow:
        assert audit.verify(uow).whole


def _tamper(context: AppContext, how: str) -> int:
    sign_in_as(context)
    pid = _person(context)
    for note in ("один", "два", "три"):
        with context.uow() as uow:
            data = register.get_person(uow, pid, campaign=context.campaign).data()
            data.note = note
            register.update_person(uow, pid, data, campaign=context.campaign)
    with context.uow() as uow:
        seqs = list(uow.session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))
        victim = seqs[len(seqs) // 2]
        if how == "alter":
            uow.session.execute(
                update(AuditEntry).where(AuditEntry.seq == victim).values(changes='{"note": ["", "подделка"]}')
            )
        else:
            uow.session.execute(delete(AuditEntry).where(AuditEntry.seq == victim))
        uow.session.commit()
    return victim


def _verify(context: AppContext, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setenv("SANAQ_USER", "admin")
    monkeypatch.setenv("SANAQ_PASSWORD", PASSWORD)
    base = ["--home", str(context.paths.home), "--db", context.db.url, "--lang", "ru"]
    code = main([*base, "audit", "verify", "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == (0 if result["whole"] else 1)
    return dict(result)


def test_audit_verify_names_an_altered_entry(
    context: AppContext, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = _tamper(context, "alter")
    result = _verify(context, capsys, monkeypatch)
    assert (result["whole"], result["broken_seq"], result["broken_reason"]) == (False, victim, "altered")
    assert f"Запись журнала аудита {victim}" in result["message"]


def test_audit_verify_names_a_removed_entry(
    context: AppContext, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = _tamper(context, "delete")
    result = _verify(context, capsys, monkeypatch)
    assert (result["whole"], result["broken_seq"], result["broken_reason"]) == (False, victim, "missing")


def test_an_entry_rehashed_after_altering_breaks_the_link_to_the_next(context: AppContext) -> None:
    from desktop.domain import audit as chain
    from desktop.models.accounts import as_entry

    sign_in_as(context)
    _person(context)
    _person(context, "Бекова")
    with context.uow() as uow:
        first = uow.session.scalars(select(AuditEntry).where(AuditEntry.seq == 2)).one()
        first.label = "Подменённая"
        first.hash = chain.hash_of(as_entry(first))
        uow.session.commit()
    with context.uow() as uow:
        verdict = audit.verify(uow)
    assert verdict.broken == chain.Break(3, "relinked")


def test_a_viewer_cannot_change_a_person_through_the_command_line(
    context: AppContext, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sign_in_as(context)
    _person(context)
    sign_in_as(context, "Смотрящая Анна", Role.VIEWER)
    viewer = context.account.login if context.account else ""
    codes = tmp_path / "codes.csv"
    codes.write_text(f"ИИН;Код\n{make_iin(dt.date(1980, 5, 15), Sex.FEMALE, 11)};ABC12345\n", encoding="utf-8")
    base = ["--home", str(context.paths.home), "--db", context.db.url, "--lang", "ru"]
    monkeypatch.setenv("SANAQ_USER", viewer)
    monkeypatch.setenv("SANAQ_PASSWORD", PASSWORD)
    code = main([*base, "enumeration", "record", "--file", str(codes), "--mode", "online", "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 1 and result["error"]["code"] == "access_denied"
    assert "Наблюдатель" in result["error"]["message"] or "наблюдател" in result["error"]["message"].lower()
    with context.uow() as uow:
        assert uow.session.scalars(select(Person.status)).all() == ["to_enumerate"]
    monkeypatch.setenv("SANAQ_PASSWORD", "not the password")
    assert main([*base, "register", "list"]) == 1
    assert "неверн" in capsys.readouterr().err.lower()


def test_sanaq_user_add_list_lock_unlock_reset(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    h = ["--home", str(home), "--lang", "en"]
    monkeypatch.setattr("sys.stdin", _Lines("admin-password\n"))
    assert main([*h, "user", "add", "--login", "Head", "--role", "administrator", "--full-name", "Сәрсенова Айгүл",
                 "--password-stdin", "--json"]) == 0  # fmt: skip
    made = json.loads(capsys.readouterr().out)
    assert made["account"]["login"] == "head" and len(made["recovery_code"]) == 24
    monkeypatch.delenv("SANAQ_PASSWORD", raising=False)
    assert main([*h, "user", "list"]) == 1  # accounts exist now: no password, no work
    assert "SANAQ_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("SANAQ_USER", "head")
    monkeypatch.setenv("SANAQ_PASSWORD", "admin-password")
    monkeypatch.setattr("sys.stdin", _Lines("employee-password\n"))
    assert main([*h, "user", "add", "--login", "nurlan", "--role", "employee", "--full-name", "Нұрланұлы Ерғали",
                 "--password-stdin"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*h, "user", "lock", "nurlan"]) == 0
    assert main([*h, "user", "list", "--json"]) == 0
    listed = {a["login"]: a for a in json.loads(capsys.readouterr().out.split("\n", 1)[1])["accounts"]}
    assert listed["nurlan"]["locked"] is True and listed["head"]["role"] == "administrator"
    assert main([*h, "user", "unlock", "nurlan"]) == 0
    monkeypatch.setattr("sys.stdin", _Lines("renewed-password\n"))
    assert main([*h, "user", "reset", "nurlan", "--password-stdin"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("SANAQ_USER", "nurlan")
    monkeypatch.setenv("SANAQ_PASSWORD", "renewed-password")
    assert main([*h, "user", "list"]) == 1  # an employee does not manage accounts
    assert "may not" in capsys.readouterr().err


def test_the_audit_page_export_keeps_formulas_as_text(context: AppContext, tmp_path: Path) -> None:
    sign_in_as(context)
    _person(context, "=HYPERLINK(1)")
    target = tmp_path / "audit.xlsx"
    with context.uow() as uow:
        count = audit.export_xlsx(uow, target, audit.Filters(kind="person"))
    assert count == 1
    sheet = load_workbook(target).active
    values = [cell.value for cell in sheet[2]]
    assert values[2] == "admin" and values[5].lower().startswith("=hyperlink")
    assert sheet.cell(2, 6).data_type == "s"  # text, never a formula
    with context.uow() as uow:
        assert audit.entries(uow, audit.Filters(kind="export"))[0].changes["entries"] == 1


class _Lines:
    """A standard input holding the given text (not a terminal)."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines(keepends=True)

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""

    def isatty(self) -> bool:
        return False

