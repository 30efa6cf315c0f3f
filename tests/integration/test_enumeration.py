"""Outcomes without a sheet: online codes and refusals, one person or a file, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop.app import AppContext
from desktop.cli import main
from desktop.domain.enums import CoverageStatus
from desktop.domain.errors import ConflictError, FileProblem, NeedsConfirmation, NotFoundError, ValidationError
from desktop.domain.iin import Sex, make_iin
from desktop.models.entities import Person
from desktop.services import enumeration


def valid_iins(count: int, start: int = 1) -> list[str]:
    result: list[str] = []
    serial = start
    while len(result) < count:
        number = make_iin(dt.date(2008, 3, 1 + len(result) % 27), Sex.FEMALE, serial)
        serial += 1
        if number:
            result.append(number)
    return result


def add_persons(ctx: AppContext, iins: list[str]) -> list[int]:
    with ctx.uow() as uow:
        rows = [Person(surname=f"Тестова{i}", name="Әлия", iin=number) for i, number in enumerate(iins)]
        uow.session.add_all(rows)
        uow.commit()
        return [row.id for row in rows]


def statuses(ctx: AppContext) -> dict[str, tuple[str, str | None, str]]:
    with ctx.uow() as uow:
        return {p.iin or "": (p.status, p.online_code, p.status_reason) for p in uow.session.scalars(select(Person))}


def codes_file(path: Path, rows: list[tuple[object, object]], header: bool = True) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if header:
        sheet.append(["ЖСН", "Растау коды"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def test_online_code_is_recorded_for_one_person(context: AppContext) -> None:
    iins = valid_iins(2)
    add_persons(context, iins)
    with context.uow() as uow:
        outcome = enumeration.record(uow, mode="online", iin=iins[0], code=" ab12-cd34 ")
    assert outcome.changed and outcome.status == "online"
    assert statuses(context)[iins[0]] == ("online", "AB12-CD34", "")
    assert statuses(context)[iins[1]][0] == CoverageStatus.TO_ENUMERATE.value
    with context.uow() as uow:  # the same again changes nothing
        assert not enumeration.record(uow, mode="online", iin=iins[0], code="AB12-CD34").changed


def test_refusal_needs_a_reason_and_a_code_must_be_plausible(context: AppContext) -> None:
    iins = valid_iins(1)
    add_persons(context, iins)
    with context.uow() as uow, pytest.raises(ValidationError) as error:
        enumeration.record(uow, mode="refused", iin=iins[0], reason="   ")
    assert error.value.field == "reason"
    with context.uow() as uow, pytest.raises(ValidationError):
        enumeration.record(uow, mode="online", iin=iins[0], code="a!")
    with context.uow() as uow:
        enumeration.record(uow, mode="refused", iin=iins[0], reason="Отказалась  отвечать")
    assert statuses(context)[iins[0]] == ("refused", None, "Отказалась отвечать")


def test_unknown_and_wrong_iins_are_refused(context: AppContext) -> None:
    iins = valid_iins(2)
    add_persons(context, iins[:1])
    with context.uow() as uow, pytest.raises(NotFoundError):
        enumeration.record(uow, mode="online", iin=iins[1], code="ABCD1234")
    wrong = iins[0][:11] + str((int(iins[0][11]) + 1) % 10)
    with context.uow() as uow, pytest.raises(ValidationError) as error:
        enumeration.record(uow, mode="online", iin=wrong, code="ABCD1234")
    assert error.value.code == "iin.checksum"


def test_a_complete_sheet_is_not_overwritten_and_a_code_belongs_to_one_person(context: AppContext) -> None:
    iins = valid_iins(3)
    ids = add_persons(context, iins)
    with context.uow() as uow:
        uow.session.get(Person, ids[0]).status = CoverageStatus.RECORDS.value
        uow.commit()
    with context.uow() as uow, pytest.raises(ConflictError):
        enumeration.record(uow, mode="refused", iin=iins[0], reason="x")
    with context.uow() as uow:
        enumeration.record(uow, mode="online", iin=iins[1], code="CODE0001")
    with context.uow() as uow, pytest.raises(ConflictError) as error:
        enumeration.record(uow, mode="online", iin=iins[2], code="code0001")
    assert error.value.code == "code.duplicate"


def test_reset_takes_an_outcome_back(context: AppContext) -> None:
    iins = valid_iins(1)
    ids = add_persons(context, iins)
    with context.uow() as uow:
        enumeration.record(uow, mode="online", iin=iins[0], code="CODE0002")
    with context.uow() as uow:
        enumeration.reset(uow, ids[0])
    assert statuses(context)[iins[0]] == ("to_enumerate", None, "")


def test_a_file_of_codes_is_recorded_in_one_go(context: AppContext, tmp_path: Path) -> None:
    iins = valid_iins(5)
    add_persons(context, iins)
    # Excel keeps IINs as numbers: leading zeros of people born 2000-2009 are lost.
    rows: list[tuple[object, object]] = [(int(number), f"K{n:07d}") for n, number in enumerate(iins)]
    path = codes_file(tmp_path / "codes.xlsx", rows)
    with context.uow() as uow:
        result = enumeration.record_file(uow, path, mode="online")
    assert (result.rows, result.recorded, result.unchanged) == (5, 5, 0)
    assert {s[1] for s in statuses(context).values()} == {f"K{n:07d}" for n in range(5)}


def test_a_file_with_one_bad_row_writes_nothing_and_names_the_row(context: AppContext, tmp_path: Path) -> None:
    iins = valid_iins(4)
    add_persons(context, iins[:3])
    rows: list[tuple[object, object]] = [(iins[0], "K0000001"), (iins[1], "K0000002"), (iins[3], "K0000003")]
    path = codes_file(tmp_path / "codes.xlsx", rows)
    with context.uow() as uow, pytest.raises(ValidationError) as error:
        enumeration.record_file(uow, path, mode="online")
    text = error.value.render(context.translate)
    assert "4" in text and "codes.xlsx" in text  # the unknown IIN is in spreadsheet row 4 (after the header)
    assert "Строка 4" in text
    assert all(s[0] == "to_enumerate" for s in statuses(context).values())


def test_a_file_with_a_repeated_person_or_code_is_refused(context: AppContext, tmp_path: Path) -> None:
    iins = valid_iins(2)
    add_persons(context, iins)
    path = codes_file(tmp_path / "dup.xlsx", [(iins[0], "K1"), (iins[1], "K1")], header=False)
    with context.uow() as uow, pytest.raises(ValidationError):
        enumeration.record_file(uow, path, mode="online")
    path = codes_file(tmp_path / "dup2.xlsx", [(iins[0], "K0000009"), (iins[0], "K0000008")], header=False)
    with context.uow() as uow, pytest.raises(ValidationError) as error:
        enumeration.record_file(uow, path, mode="online")
    assert "1" in error.value.render()


def test_broken_and_empty_files_get_a_clear_error(context: AppContext, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    with context.uow() as uow, pytest.raises(FileProblem):
        enumeration.record_file(uow, broken, mode="online")
    empty = codes_file(tmp_path / "empty.xlsx", [])
    with context.uow() as uow, pytest.raises(FileProblem):
        enumeration.record_file(uow, empty, mode="online")
    with context.uow() as uow, pytest.raises(FileProblem):
        enumeration.record_file(uow, tmp_path / "absent.xlsx", mode="online")


def test_refusals_from_a_csv_with_a_common_reason(context: AppContext, tmp_path: Path) -> None:
    iins = valid_iins(2)
    add_persons(context, iins)
    path = tmp_path / "refused.csv"
    path.write_text(f"ИИН;Причина\n{iins[0]};\n{iins[1]};Болеет\n", encoding="utf-8-sig")
    with context.uow() as uow:
        enumeration.record_file(uow, path, mode="refused", reason="Не желает участвовать")
    got = statuses(context)
    assert got[iins[0]] == ("refused", None, "Не желает участвовать")
    assert got[iins[1]] == ("refused", None, "Болеет")


def test_cli_records_one_person_and_a_file(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.app import bootstrap

    ctx = bootstrap(home, None, "ru")
    iins = valid_iins(3)
    add_persons(ctx, iins)
    ctx.close()
    code = main(
        [
            "--home",
            str(home),
            "--lang",
            "ru",
            "enumeration",
            "record",
            "--iin",
            iins[0],
            "--mode",
            "online",
            "--code",
            "QWER1234",
            "--date",
            "20.09.2021",
        ]
    )
    out, _ = capsys.readouterr()
    assert code == 0 and "Записано" in out
    path = codes_file(tmp_path / "c.xlsx", [(iins[1], "ZXCV0001"), (iins[2], "")])
    code = main(
        [
            "--home",
            str(home),
            "--lang",
            "ru",
            "--json",
            "enumeration",
            "record",
            "--file",
            str(path),
            "--mode",
            "online",
            "--date",
            "2021-09-21",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert json.loads(out)["error"]["code"] == "file.row" and "3" in err
    with pytest.raises(SystemExit) as usage:
        main(["--home", str(home), "enumeration", "record", "--iin", iins[1], "--mode", "refused"])
    assert usage.value.code == 2
    capsys.readouterr()
    code = main(
        [
            "--home",
            str(home),
            "--json",
            "enumeration",
            "record",
            "--iin",
            iins[1],
            "--mode",
            "refused",
            "--reason",
            "Отказ",
            "--date",
            "2021-10-12",
        ]
    )
    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out)["outcome"]["status"] == "refused"


@pytest.mark.parametrize(
    ("day", "inside"),
    [
        (dt.date(2021, 8, 31), False),  # before the online census opened
        (dt.date(2021, 9, 1), True),
        (dt.date(2021, 10, 15), True),
        (dt.date(2021, 10, 30), True),  # the last day of the interviews and of the reopened online census
        (dt.date(2021, 10, 31), False),
        (dt.date(2026, 11, 30), False),
    ],
)
def test_a_date_outside_the_census_period_is_recorded_only_when_confirmed(
    context: AppContext, day: dt.date, inside: bool
) -> None:
    iins = valid_iins(1)
    add_persons(context, iins)
    with context.uow() as uow:
        if not inside:
            with pytest.raises(NeedsConfirmation) as caught:
                enumeration.record(uow, mode="online", iin=iins[0], code="WIND0001", on=day, campaign=context.campaign)
            assert caught.value.code == "enumeration.outside_window"
            assert day.strftime("%d.%m.%Y") in caught.value.render()
            assert "01.09.2021 – 30.10.2021" in caught.value.render()
            assert statuses(context)[iins[0]][0] == CoverageStatus.TO_ENUMERATE.value  # nothing written
        enumeration.record(
            uow, mode="online", iin=iins[0], code="WIND0001", on=day, campaign=context.campaign,
            outside_window=not inside,
        )
    with context.uow() as uow:
        person = uow.session.scalar(select(Person))
        assert person is not None and person.enumerated_at is not None
        stored = person.enumerated_at.replace(tzinfo=person.enumerated_at.tzinfo or dt.UTC)
        assert stored.astimezone(context.campaign.timezone).date() == day  # the code's date, as given


def test_cli_asks_to_confirm_a_date_outside_the_census_period(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.app import bootstrap

    ctx = bootstrap(home, None, "kk")
    iins = valid_iins(1)
    add_persons(ctx, iins)
    ctx.close()
    words = ["--home", str(home), "--lang", "kk", "enumeration", "record", "--iin", iins[0], "--mode", "online",
             "--code", "LATE0001", "--date", "05.11.2021"]
    assert main(words) == 1
    _, err = capsys.readouterr()
    assert "05.11.2021" in err and "01.09.2021" in err and "--outside-window" in err
    ctx = bootstrap(home, None, "kk")
    assert statuses(ctx)[iins[0]][0] == CoverageStatus.TO_ENUMERATE.value
    ctx.close()
    assert main([*words, "--outside-window"]) == 0
    ctx = bootstrap(home, None, "kk")
    assert statuses(ctx)[iins[0]][:2] == (CoverageStatus.ONLINE.value, "LATE0001")
    ctx.close()
