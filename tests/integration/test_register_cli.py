"""``sanaq register import | list | export`` run in-process exactly as from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from tests.integration.test_register_import import BAD, MARIA, write_messy_register

PROFILE = [
    "--institution-name-ru",
    "Детский дом «Бөбек»",
    "--institution-name-kk",
    "«Бөбек» балалар үйі",
    "--bin",
    "100540012349",
    "--type",
    "03",
    "--kato",
    "316600000",
    "--head",
    "Сәрсенова Айгүл",
]
KEYS = [
    "id",
    "surname",
    "name",
    "patronymic",
    "iin",
    "birth_date",
    "sex",
    "citizenship",
    "residence",
    "unit",
    "admitted_on",
    "left_on",
    "left_reason",
    "status",
    "problems",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_and_export(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_messy_register(tmp_path / "register.xlsx")
    h = ["--home", str(home)]
    code, out, _ = run(capsys, *h, "register", "import", str(source), "--dry-run", "--json")
    assert code == 0
    dry = json.loads(out)
    assert (dry["read"], dry["imported"], dry["duplicates"], dry["errors"], dry["dry_run"]) == (7, 5, 1, 1, True)
    code, out, _ = run(capsys, *h, "register", "list", "--json")
    assert json.loads(out) == []  # the dry run wrote nothing

    report = tmp_path / "errors.xlsx"
    code, out, _ = run(capsys, *h, "--lang", "ru", "register", "import", str(source), "--report", str(report))
    assert code == 0
    assert "Импортировано: 5" in out and "Ошибок: 1" in out
    assert load_workbook(report).active.max_row == 3  # header, the bad IIN, the duplicate

    code, out, _ = run(capsys, *h, "register", "list", "--json")
    people = json.loads(out)
    assert len(people) == 5 and list(people[0]) == KEYS
    maria = next(p for p in people if p["iin"] == MARIA)
    assert (maria["birth_date"], maria["sex"], maria["citizenship"], maria["status"], maria["problems"]) == (
        "2005-03-08",
        "F",
        "KZ",
        "to_enumerate",
        [],
    )
    karimov = next(p for p in people if p["surname"] == "Каримов")
    assert karimov["iin"] is None and karimov["citizenship"] == "860"
    assert [p["code"] for p in karimov["problems"]] == ["iin_missing"]
    assert all(BAD != p["iin"] for p in people)

    code, out, _ = run(capsys, *h, "register", "import", str(source), "--json")
    again = json.loads(out)
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 5)

    assert run(capsys, *h, "init", *PROFILE)[0] == 0
    for name, extra in (("all.xlsx", []), ("stage1.xlsx", ["--stage1"]), ("stage1.pdf", ["--stage1"])):
        code, out, _ = run(capsys, *h, "register", "export", str(tmp_path / name), *extra, "--json")
        assert code == 0 and json.loads(out)["persons"] == 5, name
        assert (tmp_path / name).stat().st_size > 1000


def test_unreadable_file_exits_1_with_one_line_and_writes_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    code, out, err = run(capsys, "--home", str(home), "--lang", "ru", "register", "import", str(broken))
    assert code == 1
    assert err.count("\n") == 1 and "broken.xlsx" in err
    code, out, _ = run(capsys, "--home", str(home), "register", "list", "--json")
    assert json.loads(out) == []
    code, _out, err = run(capsys, "--home", str(home), "register", "import", str(tmp_path / "missing.xlsx"))
    assert code == 1 and "missing.xlsx" in err


def test_stage1_export_needs_the_profile(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--home", str(home), "register", "export", str(tmp_path / "s.xlsx"), "--stage1")
    assert code == 1 and "sanaq init" in err
    assert not (tmp_path / "s.xlsx").exists()
