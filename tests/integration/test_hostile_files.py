"""Crafted and oversized table files are refused with a clear message before they are read — in a
child process with a memory limit, so that a reader that tried would fail the test instead of the
machine."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.services import tables

HOSTILE = Path(__file__).resolve().parent.parent / "hostile"
MEMORY_LIMIT = 1536 * 1024 * 1024

_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from desktop.domain.errors import FileProblem
from desktop.services import tables
try:
    table = tables.read_table(sys.argv[1])
    print(json.dumps({{"rows": len(table.rows)}}))
except FileProblem as error:
    print(json.dumps({{"code": error.code, "reason": error.details.get("reason"), "message": error.render()}}))
"""


def read_in_child(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(limit=MEMORY_LIMIT), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent.parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(json.loads(done.stdout))


@pytest.mark.parametrize("path", sorted(HOSTILE.iterdir()), ids=lambda path: path.name)
def test_every_file_of_the_hostile_corpus_is_read_or_refused_under_a_memory_limit(path: Path) -> None:
    """A file added to tests/hostile is covered here: the reader either reads it or refuses it with
    a clear message, within the memory limit, never a crash."""
    result = read_in_child(path)
    assert "rows" in result or (result["code"] and result["message"]), result


def test_one_cell_placed_at_xfd1048576_is_refused_not_a_crash() -> None:
    path = HOSTILE / "cell_at_xfd1048576.xlsx"
    assert path.stat().st_size < 6000
    result = read_in_child(path)
    assert result["code"] == "file.too_large"
    assert "rows" in str(result["message"]) or "columns" in str(result["message"])


def test_a_dimension_that_claims_the_whole_sheet_alone_is_harmless() -> None:
    assert read_in_child(HOSTILE / "dimension_xfd1048576.xlsx") == {"rows": 2}


def test_a_zip_bomb_is_refused_while_unpacking(tmp_path: Path) -> None:
    base = HOSTILE / "dimension_xfd1048576.xlsx"
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
        with out.open("xl/media/padding.bin", "w", force_zip64=True) as handle:
            block = b"\0" * (1 << 20)
            for _ in range(tables.MAX_BYTES // len(block) + 2):
                handle.write(block)
    assert bomb.stat().st_size < 2_000_000
    result = read_in_child(bomb)
    assert (result["code"], result["reason"]) == ("file.too_large", "size")


def test_a_sheet_placing_rows_beyond_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    bomb = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(HOSTILE / "dimension_xfd1048576.xlsx") as source, zipfile.ZipFile(bomb, "w") as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(1, 1_000_010, 1))
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as out:
        out.writestr("xl/worksheets/sheet2.xml", b"<worksheet><sheetData>" + rows + b"</sheetData></worksheet>")
    result = read_in_child(bomb)
    assert (result["code"], result["reason"]) == ("file.too_large", "rows")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("a;b\n" + "x;" * 300 + "y\n", "columns"),
        ("a;b\n" + "x" * 200_000 + ";y\n", "cell"),
        ("a;b\n" + "x" * 40_000 + ";y\n", "cell"),
        ("a\n" * (tables.MAX_ROWS + 5), "rows"),
    ],
    ids=["301-columns", "200000-character-cell", "40000-character-cell", "too-many-rows"],
)
def test_oversized_text_tables_are_refused_with_the_limit(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "big.csv"
    path.write_text(content, encoding="utf-8")
    result = read_in_child(path)
    assert (result["code"], result["reason"]) == ("file.too_large", reason)
    assert "split it into smaller ones" in str(result["message"])


def test_a_sheet_asked_of_a_text_table_is_refused_not_ignored(tmp_path: Path) -> None:
    from desktop.domain.errors import FileProblem

    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="utf-8")
    with pytest.raises(FileProblem) as refused:
        tables.read_table(path, "Лист2")
    assert "has no sheets" in refused.value.render() and "Лист2" in refused.value.render()


def test_the_stage1_list_is_not_written_as_a_pdf_under_a_spreadsheet_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    target = tmp_path / "stage1.xlsx"
    assert main(["--lang", "en", "--home", str(tmp_path / "home"), "lists", "stage1", str(target)]) == 1
    assert "give the file a .pdf name" in capsys.readouterr().err
    assert not target.exists()
