"""Progress and close-out: the figures of ``sanaq report progress --json``, of its PDF and of its
workbook are the same numbers, equal to counts made here straight from the demo database; a closed
institution refuses a change that is not confirmed with a reason."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.app import AppContext, bootstrap
from desktop.cli import main
from desktop.domain.accounts import AccessDenied, Role
from desktop.domain.enums import CoverageStatus
from desktop.domain.person import PersonData
from desktop.services import after_close, audit, closeout, enumeration, exchange, progress
from desktop.services import register as reg
from desktop.services.progress_report import FIGURE_PRINT
from tests.accounts_support import ADMIN_NAME, sign_in_as
from tests.integration.test_documents import setup_institution

AT = "2021-10-27T12:00:00+06:00"
NOW = dt.datetime.fromisoformat(AT)


def independent_counts(database: Path) -> dict[str, int]:
    """The figures counted with plain SQL, by the rules of the 2021 campaign written out here."""
    on_list = (
        "(birth_date IS NULL OR birth_date <= '2021-06-01') AND (admitted_on IS NULL OR admitted_on <= '2021-06-01')"
        " AND (left_on IS NULL OR left_on >= '2021-06-02')"
    )
    at_moment = (
        "(birth_date IS NULL OR birth_date <= '2021-08-31') AND (admitted_on IS NULL OR admitted_on <= '2021-08-31')"
        " AND (left_on IS NULL OR left_on >= '2021-09-01')"
    )
    scope = f"(({on_list}) OR ({at_moment}))"
    connection = sqlite3.connect(database)
    try:

        def one(sql: str) -> int:
            return int(connection.execute(sql).fetchone()[0])

        counts = {
            "on_list": one(f"SELECT count(*) FROM person WHERE {on_list}"),
            "to_count": one(f"SELECT count(*) FROM person WHERE {scope}"),
            "sheets_draft": one("SELECT count(*) FROM sheet WHERE kind = 'person' AND state = 'draft'"),
            "complete_not_verified": one(
                "SELECT count(*) FROM sheet s JOIN verification v ON v.sheet_id = s.id"
                " WHERE s.kind = 'person' AND s.state = 'complete' AND v.state <> 'resolved'"
            ),
            "certificates_to_issue": one(
                "SELECT count(*) FROM person WHERE status IN ('interview', 'records', 'online') AND id NOT IN"
                " (SELECT person_id FROM certificate WHERE state <> 'voided' AND person_id IS NOT NULL)"
            ),
            "not_at_department": one(
                "SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM sync_state s"
                " WHERE s.uuid = p.uuid AND s.revision >= p.revision AND NOT s.deleted)"
            ),
            "tablets_to_return": one("SELECT count(*) FROM equipment_item WHERE state = 'held'"),
        }
        names = {"to_enumerate": "to_do"}
        for status in CoverageStatus:
            counts[names.get(status.value, status.value)] = one(
                f"SELECT count(*) FROM person WHERE {scope} AND status = '{status.value}'"
            )
    finally:
        connection.close()
    return counts


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split())


def test_json_pdf_and_workbook_give_the_counts_of_the_database(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = independent_counts(demo_home / "sanaq.sqlite")
    assert expected["to_do"] > 0 and expected["interview"] > 0 and expected["complete_not_verified"] > 0

    code, out, _err = run(capsys, "--home", str(demo_home), "report", "progress", "--json", "--at", AT)
    assert code == 0
    report = json.loads(out)
    assert report["figures"] == expected
    assert report["stage"] == {"stage": "interviews", "ends_on": "2021-10-30", "days_left": 4}
    assert {w["code"] for w in report["warnings"]} >= {"interviews_ending", "list_not_sent"}
    per_day = report["per_day"]
    assert sum(d["interview"] + d["records"] + d["online"] for d in per_day) + report["undated"] == (
        expected["interview"] + expected["records"] + expected["online"]
    )
    assert sum(u["to_count"] for u in report["per_unit"]) == expected["to_count"]

    pdf = tmp_path / "ход переписи.pdf"
    code, _out, _err = run(capsys, "--home", str(demo_home), "report", "progress", "--out", str(pdf), "--at", AT)
    assert code == 0
    text = pdf_text(pdf)
    assert "БИН 100540012349" in text and "27.10.2021 12:00" in text  # the header and when it was made
    for key, value in expected.items():
        ru, kk = FIGURE_PRINT[key]
        assert f"{kk} / {ru} {value}" in text, key

    from openpyxl import load_workbook

    book_path = tmp_path / "progress.xlsx"
    assert run(capsys, "--home", str(demo_home), "report", "progress", "--out", str(book_path), "--at", AT)[0] == 0
    sheet = load_workbook(book_path, read_only=True)["Ход переписи"]
    rows = [row for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0].startswith("Школа-интернат") and rows[3][0] == "Составлено / Жасалды: 27.10.2021 12:00"
    in_book = {row[0]: row[2] for row in rows if row and row[0] in {ru for ru, _kk in FIGURE_PRINT.values()}}
    assert in_book == {FIGURE_PRINT[key][0]: value for key, value in expected.items()}


def test_a_report_of_another_type_is_refused(demo_home: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(
        capsys, "--home", str(demo_home), "--lang", "ru", "report", "progress", "--out", str(tmp_path / "x.docx")
    )
    assert code == 1 and "x.docx" in err and not (tmp_path / "x.docx").exists()


def test_workbook_text_is_never_a_formula(context: AppContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop.services import progress_report

    setup_institution(context)
    with context.uow() as uow:
        reg.add_person(uow, PersonData("Жаңа", "Адам", "", unit='=HYPERLINK("http://x")'), campaign=context.campaign)
    with context.uow() as uow:
        progress_report.write_report(uow, tmp_path / "p.xlsx", campaign=context.campaign, now=NOW)
    book = load_workbook(tmp_path / "p.xlsx")
    units = [row[0] for row in book["По подразделениям"].iter_rows(values_only=True)]
    assert '=HYPERLINK("http://x")' in units
    assert all(cell.data_type != "f" for sheet in book.worksheets for row in sheet.iter_rows() for cell in row)


def _all_have_outcomes(ctx: AppContext) -> dict[str, int]:
    ids = setup_institution(ctx)
    with ctx.uow() as uow:
        enumeration.record(uow, mode="refused", person_id=ids["Сидоров"], reason="Отказ законного представителя")
    return ids


def test_close_out_then_a_change_needs_a_reason_and_is_sent(context: AppContext, tmp_path: Path) -> None:
    ids = setup_institution(context)
    with context.uow() as uow:
        state = closeout.readiness(uow, campaign=context.campaign, now=NOW)
        assert not state.ready and state.to_do == 1
        with pytest.raises(Exception) as refused:
            closeout.close(uow, campaign=context.campaign, now=NOW)
        assert getattr(refused.value, "code", "") == "closeout.not_ready"
    with context.uow() as uow:
        enumeration.record(uow, mode="refused", person_id=ids["Сидоров"], reason="Отказ законного представителя")
    with context.uow() as uow:
        assert closeout.readiness(uow, campaign=context.campaign, now=NOW).ready
        statement = closeout.close(uow, campaign=context.campaign, now=NOW)
    assert (statement.expected, statement.enumerated, statement.refused, statement.to_do) == (5, 3, 2, 0)
    assert ("refused", "Отказ законного представителя", 1) in statement.reasons

    # Unconfirmed: refused, nothing changed.
    with context.uow() as uow:
        with pytest.raises(after_close.ClosedOut):
            enumeration.reset(uow, ids["Сидоров"])
    with context.uow() as uow:
        assert reg.get_person(uow, ids["Сидоров"], campaign=context.campaign).status == "refused"
        profile_revision = exchange.pending(uow)
    # Confirmed with a reason: done, recorded, and the profile travels again with the mark.
    with context.uow() as uow:
        uow.change_reason = "Законный представитель согласился"
        enumeration.reset(uow, ids["Сидоров"])
    with context.uow() as uow:
        assert reg.get_person(uow, ids["Сидоров"], campaign=context.campaign).status == "to_enumerate"
        changes = after_close.changes(uow)
        assert [(c.what, c.reason) for c in changes] == [("outcome", "Законный представитель согласился")]
        items = {item.kind.value: item for item in exchange._pending_items(uow)}
        record = items["institution_profile"].build()
        assert record.closed_at is not None and record.statement["expected"] == 5
        assert [c.reason for c in record.changes_after_close] == ["Законный представитель согласился"]
    assert profile_revision.counts.get("institution_profile") == 1


def test_close_out_and_a_change_after_it_are_the_administrators(context: AppContext) -> None:
    sign_in_as(context, ADMIN_NAME, Role.ADMINISTRATOR)
    ids = _all_have_outcomes(context)
    employee = sign_in_as(context, "Сотрудник Ответственный", Role.EMPLOYEE)
    with context.uow() as uow:
        with pytest.raises(AccessDenied):
            closeout.close(uow, campaign=context.campaign, now=NOW)
        assert not closeout.is_closed(uow)
    admin = sign_in_as(context, ADMIN_NAME, Role.ADMINISTRATOR)
    with context.uow() as uow:
        closeout.close(uow, campaign=context.campaign, now=NOW)

    # The employee is refused even with a reason, and told whose the confirmation is.
    context.account = employee
    with context.uow() as uow:
        uow.change_reason = "Ошибка ввода"
        with pytest.raises(AccessDenied) as refused:
            enumeration.reset(uow, ids["Сидоров"])
    assert refused.value.code == "closeout.administrator"
    assert "administrator" in refused.value.message.render()
    context.account = admin
    with context.uow() as uow:
        assert reg.get_person(uow, ids["Сидоров"], campaign=context.campaign).status == "refused"
        assert after_close.changes(uow) == []
    # The administrator confirms it: the change, its reason in the audit trail, and the mark for the Department.
    with context.uow() as uow:
        uow.change_reason = "Ошибка ввода"
        enumeration.reset(uow, ids["Сидоров"])
    with context.uow() as uow:
        assert reg.get_person(uow, ids["Сидоров"], campaign=context.campaign).status == "to_enumerate"
        assert [(c.what, c.reason) for c in after_close.changes(uow)] == [("outcome", "Ошибка ввода")]
        trail = audit.entries(uow)
    assert [(e.login, e.kind, e.changes) for e in trail if e.action == "after_close"] == [
        ("admin", "outcome", {"reason": "Ошибка ввода"})
    ]
    assert [(e.login, e.kind) for e in trail if e.action == "closed_out"] == [("admin", "setting")]


def test_the_command_line_refuses_an_unconfirmed_change_after_close_out(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = bootstrap(home, None, "ru")
    ids = _all_have_outcomes(ctx)
    ctx.close()
    assert run(capsys, "--home", str(home), "closeout", "close", "--at", AT)[0] == 0
    code, _out, err = run(capsys, "--home", str(home), "--lang", "ru", "enumeration", "reset", "--iin", _iin(home, ids))
    assert code == 1 and "закрыт" in err.lower()
    code, _out, _err = run(
        capsys, "--home", str(home), "--change-reason", "Ошибка ввода", "enumeration", "reset", "--iin", _iin(home, ids)
    )
    assert code == 0


def _iin(home: Path, ids: dict[str, int]) -> str:
    connection = sqlite3.connect(home / "sanaq.sqlite")
    try:
        return str(connection.execute("SELECT iin FROM person WHERE id = ?", (ids["Сидоров"],)).fetchone()[0])
    finally:
        connection.close()


def test_the_statement_pdf_in_kazakh_and_russian(context: AppContext, tmp_path: Path) -> None:
    _all_have_outcomes(context)
    with context.uow() as uow:
        closeout.close(uow, campaign=context.campaign, now=NOW)
    target = tmp_path / "справка.pdf"
    with context.uow() as uow:
        closeout.write_statement(uow, target, campaign=context.campaign, now=NOW)
    reader = PdfReader(str(target))
    assert len(reader.pages) == 2
    kk = " ".join((reader.pages[0].extract_text() or "").split())
    ru = " ".join((reader.pages[1].extract_text() or "").split())
    assert "АНЫҚТАМАСЫ" in kk and "Санақтан өтті, барлығы 3" in kk
    assert "Бас тарту: Отказ законного представителя 1" in kk
    assert "о завершении переписи населения" in ru and "Переписано, всего 3" in ru and "Выдано справок 0" in ru
    assert "Дата и время последней синхронизации —" in ru and "27.10.2021 12:00" in ru
    assert "Әбдірахманова Гүлнәр Сәкенқызы" in ru


def test_figures_follow_the_register_filters(context: AppContext) -> None:
    """Every number of persons is the length of the Respondents list with the filters it opens."""
    setup_institution(context)
    with context.uow() as uow:
        figures = progress.figures(uow, campaign=context.campaign, now=NOW)
        for key, target in progress.TARGETS.items():
            if target["page"] != "respondents" or key not in progress.FIGURES:
                continue
            filters = reg.Filters(
                status=target.get("status"), state=target.get("state", "all"), work=target.get("work")
            )
            listed = reg.ordered_ids(uow, filters, "name", False, campaign=context.campaign)
            assert len(listed) == (figures.value(key) or 0), key  # no double entry asked here: None, nobody listed
