"""``sanaq`` core commands, run in-process exactly as from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

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
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_info_shows_the_profile(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _err = run(capsys, "--home", str(home), "init", *PROFILE)
    assert code == 0
    code, out, _err = run(capsys, "--home", str(home), "info", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["profile"]["name_kk"] == "«Бөбек» балалар үйі"
    assert data["profile"]["kato_name"]["ru"] == "Шуский район"
    assert data["schema_version"] is not None
    assert data["counts"]["persons"] == 0


def test_init_takes_the_departments_name_in_both_languages(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kk = "Ұлттық статистика бюросының Жамбыл облысы бойынша департаменті"
    ru = "Департамент Бюро национальной статистики по Жамбылской области"
    names = ["--department-name", ru, "--department-name-kk", kk]
    assert run(capsys, "--home", str(home), "init", *PROFILE, *names)[0] == 0
    code, out, _err = run(capsys, "--home", str(home), "info", "--json")
    profile = json.loads(out)["profile"]
    assert (profile["department_name"], profile["department_name_kk"]) == (ru, kk)


def test_init_with_a_wrong_bin_exits_1_and_changes_nothing(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--home", str(home), "init", *PROFILE)[0] == 0
    code, out, err = run(capsys, "--home", str(home), "--lang", "ru", "init", "--bin", "100540012342")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "контрольная цифра" in err
    code, out, _ = run(capsys, "--home", str(home), "info", "--json")
    assert json.loads(out)["profile"]["bin"] == "100540012349"


def test_errors_are_said_in_kazakh_and_as_json(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "init", "--home", str(home), "--lang", "kk", "--json", *PROFILE[:-2], "--kato", "999")
    assert code == 1
    data = json.loads(out)
    assert data["ok"] is False and data["error"]["code"] == "kato_code.invalid"
    assert "коды белгісіз" in err


def test_employee_needs_a_profile_then_is_listed(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--home", str(home), "--lang", "ru", "employee", "add", "--full-name", "Әлиева Дана")
    assert code == 1 and "sanaq init" in err
    run(capsys, "--home", str(home), "init", *PROFILE)
    code, _out, _err = run(
        capsys,
        "--home",
        str(home),
        "employee",
        "add",
        "--full-name",
        "Әлиева Дана Серікқызы",
        "--position",
        "тәрбиеші",
        "--order-date",
        "10.06.2021",
    )
    assert code == 0
    code, out, _ = run(capsys, "--home", str(home), "employee", "list", "--json")
    employees = json.loads(out)["employees"]
    assert [(e["full_name"], e["order_date"]) for e in employees] == [("Әлиева Дана Серікқызы", "2021-06-10")]


def test_usage_errors_exit_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--home", str(home), "no-such-command")[0] == 2
    assert run(capsys, "--home", str(home), "employee", "add")[0] == 2  # --full-name is required


def test_check_passes_on_a_fresh_home(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--home", str(home), "info")  # creates and migrates the database
    code, out, _ = run(capsys, "--home", str(home), "check", "--json")
    assert code == 0, out
    assert json.loads(out) == {"ok": True, "problems": []}


def test_check_fails_on_a_database_that_is_not_current(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    run(capsys, "--home", str(home), "info")
    with sqlite3.connect(home / "sanaq.sqlite") as raw:
        raw.execute("DELETE FROM alembic_version")
    code, out, _ = run(capsys, "--home", str(home), "--lang", "en", "check")
    assert code == 1
    assert "the program needs" in out


def test_demo_builds_an_institution_in_the_given_folder(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--home", str(home), "--json")
    assert code == 0
    assert json.loads(out)["home"] == str(home)
    code, out, _ = run(capsys, "--home", str(home), "info", "--json")
    data = json.loads(out)
    assert data["profile"]["bin"] == "100540012349"
    assert len(data["employees"]) == 3


def test_the_log_has_no_personal_data(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "demo", "--home", str(home))
    run(capsys, "--home", str(home), "init", "--bin", "100540012342")
    log = (home / "logs" / "sanaq.log").read_text(encoding="utf-8")
    assert "100540012342" not in log
    assert "Әбдірахманова" not in log
