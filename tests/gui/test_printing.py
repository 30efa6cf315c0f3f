"""Printing a PDF the program wrote, through the same path as the "Print…" button: the preview
dialog's printer must live as long as the dialog (it used to be freed at once, and printing
crashed the program)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services import documents_pdf
from desktop.views import print_preview
from desktop.views.jobs import JobRunner

pytest.importorskip("PySide6.QtPrintSupport")
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget  # noqa: E402


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    runner = JobRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner._jobs, timeout=10000)


def _two_page_pdf(path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for text in ("Справка 1", "Справка 2"):
        canvas.drawString(72, 720, text)
        canvas.showPage()
    canvas.save()
    return path


@pytest.mark.skipif(not documents_pdf.preview_available(), reason="no PDF renderer for the preview")
def test_print_button_path_prints_every_page(qtbot, app, runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    source = _two_page_pdf(tmp_path / "source.pdf")
    printed = tmp_path / "printed.pdf"
    shown: list[str] = []

    def print_instead_of_waiting(dialog: QPrintPreviewDialog) -> int:
        gc.collect()  # whatever only a local variable held is gone now, as it is after a moment in the program
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        shown.append(dialog.windowTitle())
        dialog.findChild(QPrintPreviewWidget).print_()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_instead_of_waiting)
    monkeypatch.setattr(print_preview, "open_file", lambda path: pytest.fail("the system viewer was opened"))
    parent = QWidget()
    qtbot.addWidget(parent)
    print_preview.print_pdf(parent, runner, source, "Справки")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ["Справки"]
    assert printed.exists()
    assert len(PdfReader(str(printed)).pages) == 2
