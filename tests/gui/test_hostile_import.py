"""Crafted files opened through the window's register import: the window stays alive and says what
is wrong, in the user's language; nothing is imported."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import AppContext
from desktop.services import tables
from desktop.views.jobs import JobRunner
from desktop.views.respondents_page import RespondentsPage

HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
WAIT = 30_000


def _zip_bomb(target: Path) -> Path:
    with (
        zipfile.ZipFile(HOSTILE / "dimension_xfd1048576.xlsx") as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out,
    ):
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
        with out.open("xl/media/padding.bin", "w", force_zip64=True) as handle:
            block = b"\0" * (1 << 20)
            for _ in range(tables.MAX_BYTES // len(block) + 2):
                handle.write(block)
    return target


@pytest.mark.parametrize("name", ["cell_at_xfd1048576.xlsx", "bomb.xlsx"])
def test_a_crafted_workbook_leaves_the_window_alive_with_a_clear_message(
    qtbot,
    ru: AppContext,
    tmp_path: Path,
    name: str,  # type: ignore[no-untyped-def]
) -> None:
    path = HOSTILE / name if (HOSTILE / name).exists() else _zip_bomb(tmp_path / name)
    runner = JobRunner()
    page = RespondentsPage(ru, runner)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.rows_shown, timeout=WAIT):
        page.refresh()
    dialog = page.import_file(str(path))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    boxes: list[QMessageBox] = []
    qtbot.waitUntil(
        lambda: bool(boxes.extend(b for b in page.window().findChildren(QMessageBox) if b.isVisible()) or boxes),
        timeout=WAIT,
    )
    text = boxes[0].text()
    assert f"Файл «{name}» не прочитан" in text and "больше, чем программа читает из одного файла" in text, text
    assert "Traceback" not in text and "Something went wrong" not in text
    assert page.isVisible()
    with qtbot.waitSignal(page.rows_shown, timeout=WAIT):  # the page still works
        page.refresh()
    assert page.model.rowCount() == 0  # nothing imported
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
