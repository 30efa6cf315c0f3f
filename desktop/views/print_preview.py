"""Printing a PDF the program wrote: the system print dialog with a preview of the real pages, or,
where the pages cannot be pictured here, the PDF opened in the system's viewer.

The pictures of the pages are made by the documents service on the job runner (never on the GUI
thread); this module only paints them onto the printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.services import documents_pdf
from desktop.views.jobs import JobRunner
from desktop.views.operations import run_task

try:  # QtPrintSupport is part of PySide6-Essentials, but a trimmed build may lack it.
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    HAVE_PRINT = True
except ImportError:  # pragma: no cover - depends on the Qt build
    HAVE_PRINT = False


#: Larger batches are printed from the system's PDF viewer (pictures of every page would need too much memory).
MAX_PREVIEW_PAGES = 150


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save a PDF (the user's Documents folder first); None when cancelled."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # A fresh account may have no Documents folder yet: the dialog would fall back to the process's
    # working folder, so the home folder is offered instead.
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(folder / suggested), QCoreApplication.translate("print", "PDF documents (*.pdf)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def paint_pages(printer: QPrinter, images: list[bytes]) -> None:
    """Each page picture on one sheet of the printer, scaled to the printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for index, data in enumerate(images):
            if index:
                printer.newPage()
            image = QImage.fromData(data)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(area.x(), area.y(), size.width(), size.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            painter.setWindow(QRect(0, 0, area.width(), area.height()))
    finally:
        painter.end()


class PrintPreview(QPrintPreviewDialog):
    """The print dialog with its preview; it owns its printer, which must live as long as the
    dialog (QPrintPreviewDialog only borrows it: a printer freed early crashes the program)."""

    def __init__(self, parent: QWidget, images: list[bytes], title: str) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(title)
        super().__init__(self._printer, parent)
        self.setWindowTitle(title)
        self._images = images
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        paint_pages(printer, self._images)


def print_pdf(parent: QWidget, runner: JobRunner, path: Path, title: str) -> None:
    """Show the print dialog with a preview of ``path``; open it in the system viewer where no
    preview can be made."""
    if not (HAVE_PRINT and documents_pdf.preview_available()):
        open_file(path)
        return

    def work(progress):
        if documents_pdf.page_count(path) > MAX_PREVIEW_PAGES:
            return None
        return documents_pdf.page_images(path, dpi=120, progress=progress)

    def show(images: list[bytes] | None) -> None:
        if images is None:  # too many pages to picture: the system viewer prints them
            open_file(path)
            return
        dialog = PrintPreview(parent, images, title)
        dialog.exec()
        dialog.deleteLater()

    run_task(
        parent, runner, work, done=show, progress=QCoreApplication.translate("print", "Preparing the print preview…"),
        kind="net",
    )  # fmt: skip
