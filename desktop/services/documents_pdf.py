"""PDF documents: certificates of participation, equipment acts and the progress report.

Drawn with reportlab straight on the canvas (fast: a thousand certificates in one file), with the
DejaVu fonts shipped in ``resources/fonts`` embedded, so Kazakh letters (ә ғ қ ң ө ұ ү һ і) print on
a computer with no fonts installed.  Every document has Kazakh and Russian on the same page and the
institution's header from its profile.  The functions take plain data and never touch the database.

A file is written beside its target and moved into place only when complete (:func:`atomic_file`),
so a failed or cancelled job never leaves half a PDF behind; the temporary file of a process killed
meanwhile (kill -9, a power cut) is removed by the next file written into that folder.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain import wording
from desktop.domain.errors import FileProblem
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.services.jobs import Progress, no_progress

if TYPE_CHECKING:
    from desktop.domain.campaign import Campaign
    from desktop.services.institution import Profile

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FONTS_READY = False


def register_fonts() -> None:
    """Register the shipped DejaVu fonts with reportlab (once)."""
    global _FONTS_READY
    if _FONTS_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop.resources import resource

    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    _FONTS_READY = True


def _cannot_write(path: Path) -> FileProblem:
    return FileProblem(
        Message(
            "documents",
            QT_TRANSLATE_NOOP("documents", "The file “{file}” cannot be written: is it open in another program?"),
            {"file": path.name},
        ),
        code="file.write",
    )


@contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path``; it replaces ``path`` when the block ends without error."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem(
            Message(
                "documents",
                QT_TRANSLATE_NOOP("documents", "The folder of “{file}” does not exist."),
                {"file": path.name},
            ),
            code="file.folder",
        )
    remove_leftovers(folder)
    try:
        handle, name = tempfile.mkstemp(prefix=f".sanaq-{os.getpid()}-", suffix=path.suffix, dir=folder)
    except OSError as error:
        raise _cannot_write(path) from error
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _cannot_write(path) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


_LEFTOVER = re.compile(r"^\.sanaq-(\d+)-")


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files (``.sanaq-<process>-*``) that processes no longer running left in
    ``folder`` (killed while writing); return what was removed.  Files of a running process stay."""
    removed: list[Path] = []
    try:
        found = list(folder.glob(".sanaq-*"))
    except OSError:
        return removed
    for leftover in found:
        match = _LEFTOVER.match(leftover.name)
        if match is None or _running(int(match.group(1))):
            continue
        try:
            leftover.unlink()
        except OSError:
            continue
        removed.append(leftover)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


# -- plain data the documents are drawn from ------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """The institution as its documents name it."""

    name_ru: str
    name_kk: str
    bin: str
    address: str = ""
    phone: str = ""
    head_name: str = ""
    department_name: str = ""
    department_name_kk: str = ""
    department_url: str = ""
    campaign_ru: str = ""
    campaign_kk: str = ""


def header_of(profile: Profile, campaign: Campaign | None = None) -> Header:
    """The header of the documents from the institution's profile (and the campaign's names)."""
    return Header(
        name_ru=profile.name_ru,
        name_kk=profile.name_kk,
        bin=profile.bin,
        address=profile.address,
        phone=profile.phone,
        head_name=profile.head_name,
        department_name=profile.department_name,
        department_name_kk=profile.department_name_kk,
        department_url=profile.department_url,
        campaign_ru=campaign.name_ru if campaign else "",
        campaign_kk=campaign.name_kk if campaign else "",
    )


@dataclass(frozen=True)
class CertificateDoc:
    number: str
    full_name: str
    birth_date: dt.date | None
    sex: str | None
    enumerated_on: dt.date | None
    enumerator: str
    issued_on: dt.date
    duplicate: bool
    qr: str  # the QR text (payload and signature)
    code: str  # the number and the whole signature (the QR code's content without the payload)
    check_code: str = ""  # the 11-character code printed for a check on the Department's page
    key_fingerprint: str = ""
    citizenship: str | None = None  # CitizenshipKind; None when the person is no longer in the register


@dataclass(frozen=True)
class ActLineDoc:
    kind_ru: str
    kind_kk: str
    inventory_number: str
    serial_number: str
    present: bool = True
    condition_ru: str = ""
    condition_kk: str = ""
    note: str = ""


@dataclass(frozen=True)
class ActDoc:
    kind: str  # "transfer" | "return"
    number: int
    act_date: dt.date
    employee_name: str
    employee_position: str
    department_person: str
    lines: Sequence[ActLineDoc]
    note: str = ""


@dataclass(frozen=True)
class ProgressDoc:
    """The progress report: where the census of the institution stands on a day."""

    made_on: dt.date
    list_date: dt.date
    on_list: int
    enumerated: int
    by_status: Sequence[tuple[str, str, int]]  # (ru, kk, count)
    by_unit: Sequence[tuple[str, int, int, int]]  # (unit, persons, enumerated, remaining)
    certificates: Sequence[tuple[str, str, int]] = field(default_factory=tuple)  # (ru, kk, count)
    equipment: Sequence[tuple[str, str, int]] = field(default_factory=tuple)  # (ru, kk, count)
    employees: Sequence[tuple[str, int]] = field(default_factory=tuple)  # (employee, enumerated by them)


# -- certificates ---------------------------------------------------------------------------------

#: The certificate is drawn on an A5 page (148 × 210 mm); an A4 page is the same drawing scaled by √2.
A5_WIDTH_MM, A5_HEIGHT_MM = 148.0, 210.0


# The Department's name when the profile has none.
DEFAULT_DEPARTMENT = ("Департамент Бюро национальной статистики", "Ұлттық статистика бюросының департаменті")


def census_in_sentence(name_ru: str, name_kk: str) -> tuple[str, str]:
    """The census named as the object of "прошёл … / … өткенін": Russian accusative, Kazakh ablative.
    A name that does not have the expected form gives the plain words "перепись населения"."""
    ru, kk = "перепись населения", "халық санағынан"
    if name_ru.startswith("Национальная перепись "):
        ru = "Национальную перепись " + name_ru.removeprefix("Национальная перепись ")
    if name_kk.endswith(" санағы"):
        kk = name_kk.removesuffix("санағы") + "санағынан"
    return ru, kk


def _certificate_lines(header: Header, doc: CertificateDoc) -> dict[str, str]:
    born = _day(doc.birth_date)
    enumerated = _day(doc.enumerated_on)
    verb = wording.ru_by_sex(doc.sex, "прошёл", "прошла", "прошёл(-ла)")
    minor = wording.is_minor(doc.birth_date, doc.enumerated_on or doc.issued_on)
    who = wording.holder(doc.sex, doc.citizenship, minor)
    census_ru, census_kk = census_in_sentence(header.campaign_ru, header.campaign_kk)
    who_kk = f"{who.kk} " if who.kk else ""
    who_ru = f"{who.ru} " if who.ru else ""
    return {
        "kk": f"Осы анықтама {who_kk}{doc.full_name} ({born} ж.т.) {enumerated} ж. {census_kk} өткенін растайды.",
        "ru": f"Настоящая справка подтверждает, что {who_ru}{doc.full_name}, {born} г.р., {enumerated} {verb} "
        f"{census_ru}.",
    }


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of a QR code (error correction M, no quiet zone) made by the ``qrcode`` package."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def draw_qr(canvas: Any, text: str, x: float, y: float, side: float) -> None:
    """A QR code as one filled path (runs of dark modules merged into rectangles)."""
    matrix = qr_matrix(text)
    size = len(matrix)
    module = side / size
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + side - (row_index + 1) * module
        start = None
        for column, dark in enumerate([*row, False]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                path.rect(x + start * module, top, (column - start) * module, module)
                start = None
    canvas.drawPath(path, fill=1, stroke=0)


#: The radius of the place for the stamp on an A5 certificate (points; 14 mm).
STAMP_RADIUS = 14 * 72 / 25.4


def draw_certificate(canvas: Any, header: Header, doc: CertificateDoc, page_width: float, page_height: float) -> None:
    """One certificate on the current page of ``canvas`` (any page size of A5 proportions)."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit

    scale = page_width / (A5_WIDTH_MM * mm)
    canvas.saveState()
    canvas.scale(scale, scale)
    width, height = A5_WIDTH_MM * mm, A5_HEIGHT_MM * mm
    left, right = 12 * mm, width - 12 * mm
    inner = right - left
    centre = width / 2

    def centred(text: str, y: float, font: str, size: float, leading: float | None = None) -> float:
        for line in simpleSplit(text, font, size, inner):
            canvas.setFont(font, size)
            canvas.drawCentredString(centre, y, line)
            y -= leading or size * 1.25
        return y

    def para(text: str, y: float, font: str = FONT, size: float = 9.0, width: float = inner) -> float:
        canvas.setFont(font, size)
        for line in simpleSplit(text, font, size, width):
            canvas.drawString(left, y, line)
            y -= size * 1.3
        return y

    canvas.setLineWidth(0.8)
    canvas.rect(7 * mm, 7 * mm, width - 14 * mm, height - 14 * mm)
    y = height - 15 * mm
    y = centred(header.name_kk, y, BOLD, 7.5)
    y = centred(header.name_ru, y, BOLD, 7.5)
    details = f"БСН / БИН {header.bin}" + (f" · {header.address}" if header.address else "")
    y = centred(details, y, FONT, 6.5)
    canvas.setLineWidth(0.4)
    canvas.line(left, y + 2 * mm, right, y + 2 * mm)
    y -= 6 * mm
    y = centred("АНЫҚТАМА / СПРАВКА", y, BOLD, 15, 19)
    y = centred("халық санағынан өткені туралы / о прохождении переписи населения", y, FONT, 8.5)
    if header.campaign_kk:
        y = centred(header.campaign_kk, y, FONT, 7)
        y = centred(header.campaign_ru, y, FONT, 7)
    y -= 2 * mm
    y = centred(f"№ {doc.number}", y, BOLD, 13, 16)
    if doc.duplicate:
        canvas.setFillColorRGB(0.7, 0.1, 0.1)
        y = centred("ТЕЛНҰСҚА / ДУБЛИКАТ", y, BOLD, 10, 13)
        canvas.setFillColorRGB(0, 0, 0)
    y -= 2 * mm
    y = centred(doc.full_name, y, BOLD, 12, 16)
    y -= 1 * mm
    lines = _certificate_lines(header, doc)
    y = para(lines["kk"], y)
    y -= 1.5 * mm
    y = para(lines["ru"], y)
    y -= 3 * mm
    # The signatures on the left; the place for the stamp in a column of its own at their right,
    # centred on them and never higher than the text above them.
    radius = STAMP_RADIUS
    beside_stamp = inner - 2 * radius - 6 * mm
    top = y
    y = para(f"Жауапты қызметкер / Ответственный сотрудник: {doc.enumerator or '—'}", y, size=8, width=beside_stamp)
    y = para("______________________ (қолы / подпись)", y - 2 * mm, size=8, width=beside_stamp)
    y -= 2 * mm
    y = para("Мекеме басшысы / Руководитель учреждения:", y, size=8, width=beside_stamp)
    y = para(f"______________________ {header.head_name}", y - 2 * mm, size=8, width=beside_stamp)
    y -= 1 * mm
    y = para(f"Берілген күні / Дата выдачи: {_day(doc.issued_on)}", y, size=8, width=beside_stamp)
    cx = right - radius - 1 * mm
    cy = min((top + 2 * mm + y + 3 * mm) / 2, top + 5 * mm - radius)
    canvas.setDash(2, 2)
    canvas.circle(cx, cy, radius)
    canvas.setDash()
    canvas.setFont(FONT, 7)
    canvas.drawCentredString(cx, cy - 1 * mm, "М.О. / М.П.")

    # The QR code and the short code at the bottom.
    side = 34 * mm
    bottom = 12 * mm
    draw_qr(canvas, doc.qr, left, bottom, side)
    text_left = left + side + 4 * mm
    ty = bottom + side - 3 * mm
    canvas.setFont(BOLD, 7)
    canvas.drawString(text_left, ty, "Тексеру коды / Код проверки:")
    ty -= 15
    canvas.setFont(BOLD, 13)
    canvas.drawString(text_left, ty, doc.check_code or doc.code)
    ty -= 10
    canvas.setFont(FONT, 5.8)
    where = header.department_url.rstrip("/") + "/check" if header.department_url else ""
    note = (
        f"Анықтаманың нөмірі мен тексеру кодын Департаменттің сайтында енгізіңіз{': ' + where if where else ''}. "
        f"Введите номер справки и код проверки на сайте Департамента{': ' + where if where else ''}. "
        "QR-кодты мекеменің ашық кілтімен де тексеруге болады. "
        "QR-код проверяется и открытым ключом учреждения."
    )
    for line in simpleSplit(note, FONT, 5.8, right - text_left):
        canvas.drawString(text_left, ty, line)
        ty -= 7
    if doc.key_fingerprint:
        canvas.drawString(text_left, ty, f"Кілт / Ключ: {doc.key_fingerprint}")
    canvas.restoreState()


def page_size(layout: str) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, A5

    width, height = A5 if layout == "a5" else A4
    return float(width), float(height)


def certificates_pdf(
    header: Header,
    docs: Sequence[CertificateDoc],
    target: Path,
    *,
    layout: str = "a4",
    progress: Progress = no_progress,
) -> Path:
    """All ``docs`` in one PDF, one certificate per page (A4 or A5)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    size = page_size(layout)
    # The shipped font from the first page on: else every page names Helvetica, which the PDF does not carry.
    canvas = Canvas(
        str(target), pagesize=size, pageCompression=1, initialFontName=FONT  # type: ignore[arg-type]  # the stubs say float
    )
    canvas.setTitle("Анықтамалар / Справки")
    canvas.setAuthor(header.name_ru)
    canvas.setCreator("Sanaq Desktop")
    total = len(docs)
    for done, doc in enumerate(docs):
        if done % 10 == 0:
            progress(done, total)
        draw_certificate(canvas, header, doc, *size)
        canvas.showPage()
    canvas.save()
    progress(total, total)
    return target


# -- common pieces of the printed forms ----------------------------------------------------------


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "smallc": ParagraphStyle("smallc", parent=base, fontSize=7.5, leading=9.5, alignment=1),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=7.5, leading=9.5, alignment=1),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=12, leading=15, alignment=1),
        "centre": ParagraphStyle("centre", parent=base, alignment=1),
        "inst": ParagraphStyle("inst", parent=base, fontName=BOLD, fontSize=9, leading=11.5, alignment=1),
    }


def esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _header_story(header: Header, styles: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    details = f"БСН / БИН {esc(header.bin)}"
    if header.address:
        details += f" · {esc(header.address)}"
    if header.phone:
        details += f" · {esc(header.phone)}"
    return [
        Paragraph(esc(header.name_kk), styles["inst"]),
        Paragraph(esc(header.name_ru), styles["inst"]),
        Paragraph(details, styles["smallc"]),
        HRFlowable(width="100%", thickness=0.5, spaceBefore=2, spaceAfter=2),
        Spacer(1, 3 * mm),
    ]


def _table(rows: list[list[Any]], widths: list[float], *, header_rows: int = 1) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=header_rows)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def tail_of_table(plain: list[Any], headed: list[Any]) -> Any:
    """The last rows of a long table kept together with what follows them (a total, a signature):
    where they fit under the table they go on as ``plain``; else they go to a page of their own as
    ``headed``, which starts with the table's header again, as every other page of the table does."""
    from reportlab.platypus import Flowable, KeepTogether, PageBreak

    class TailOfTable(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.height = 0.0
            for flowable in plain:
                _w, h = flowable.wrap(available_width, available_height)
                self.height += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            return [PageBreak(), KeepTogether(headed)]  # no room under the table: a new page, with the header

        def draw(self) -> None:
            y = self.height
            for flowable in plain:
                _w, h = flowable.wrap(self.width, self.height)
                y -= h + flowable.getSpaceBefore()
                flowable.drawOn(self.canv, 0, y)
                y -= flowable.getSpaceAfter()

    return TailOfTable()


def build_pdf(
    target: Path,
    story: list[Any],
    *,
    title: str,
    author: str,
    landscape: bool = False,
    on_page: Callable[[Any, Any], None] | None = None,
    bottom_mm: float = 15,
) -> None:
    """A4 pages with the documents' margins; ``on_page`` draws each page's footer (the page number
    by default)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turn
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    size = turn(A4) if landscape else A4

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawRightString(doc.pagesize[0] - 15 * mm, 8 * mm, str(doc.page))
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(target),
        pagesize=size,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=bottom_mm * mm,
        title=title,
        author=author,
        creator="Sanaq Desktop",
        initialFontName=FONT,  # else every page names Helvetica, a font the PDF does not carry
    )
    document.build(story, onFirstPage=on_page or footer, onLaterPages=on_page or footer)


# -- equipment acts -------------------------------------------------------------------------------


def act_pdf(header: Header, act: ActDoc, target: Path) -> Path:
    """The acceptance-transfer act or the return act, with two signature places."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    register_fonts()
    s = _styles()
    story = _header_story(header, s)
    day = _day(act.act_date)
    department_ru = header.department_name or DEFAULT_DEPARTMENT[0]
    department_kk = header.department_name_kk or DEFAULT_DEPARTMENT[1]
    employee = esc(act.employee_name)
    if act.kind == "transfer":
        # Both sides are named in the nominative with verbs in the present tense, as acts are worded:
        # who hands over and who receives is plain in either language and agrees with anyone.
        titles = (f"ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ № {act.number}", f"АКТ ПРИЁМА-ПЕРЕДАЧИ № {act.number}")
        texts = (
            f"Осы актімен {esc(department_kk)} (тапсырушы тарап) халық санағын жүргізу үшін төмендегі "
            f"жабдықты уақытша пайдалануға тапсырады, ал жауапты қызметкер {employee} (қабылдаушы тарап) "
            "оны қабылдайды. Жабдық санақ аяқталғаннан кейін қайтарылады.",
            f"Настоящим актом {esc(department_ru)} (передающая сторона) передаёт, а ответственный сотрудник "
            f"{employee} (принимающая сторона) принимает во временное пользование для проведения переписи "
            "населения следующее оборудование, которое подлежит возврату по окончании переписи.",
        )
    else:
        titles = (f"ҚАЙТАРУ АКТІСІ № {act.number}", f"АКТ ВОЗВРАТА № {act.number}")
        texts = (
            f"Осы актімен жауапты қызметкер {employee} (тапсырушы тарап) халық санағы аяқталғаннан кейін "
            f"төмендегі жабдықты қайтарады, ал {esc(department_kk)} (қабылдаушы тарап) оны қабылдайды. "
            "Жабдықтың жай-күйі және жоқ заттар кестеде көрсетілген.",
            f"Настоящим актом ответственный сотрудник {employee} (передающая сторона) по окончании переписи "
            f"населения возвращает, а {esc(department_ru)} (принимающая сторона) принимает следующее "
            "оборудование. Состояние оборудования и недостающие предметы указаны в таблице.",
        )
    story += [
        *(Paragraph(line, s["title"]) for line in titles),
        Paragraph(f"{day}", s["centre"]),
        Spacer(1, 4 * mm),
        Paragraph(texts[0], s["base"]),
        Spacer(1, 2 * mm),
        Paragraph(texts[1], s["base"]),
    ]
    story.append(Spacer(1, 4 * mm))
    heads = [
        ("№", "№"),
        ("Атауы", "Наименование"),
        ("Инвентарлық нөмірі", "Инвентарный номер"),
        ("Сериялық нөмірі", "Серийный номер"),
    ]
    if act.kind == "return":
        heads += [("Жай-күйі", "Состояние"), ("Ескертпе", "Примечание")]
        widths = [8 * mm, 48 * mm, 30 * mm, 34 * mm, 30 * mm, 30 * mm]
    else:
        heads += [("Ескертпе", "Примечание")]
        widths = [8 * mm, 58 * mm, 36 * mm, 40 * mm, 38 * mm]
    rows: list[list[Any]] = [[Paragraph(f"{kk}<br/>{ru}" if kk != ru else kk, s["head"]) for kk, ru in heads]]
    missing = 0
    for number, line in enumerate(act.lines, start=1):
        cells: list[Any] = [
            str(number),
            Paragraph(f"{esc(line.kind_kk)} / {esc(line.kind_ru)}", s["small"]),
            Paragraph(esc(line.inventory_number), s["small"]),
            Paragraph(esc(line.serial_number), s["small"]),
        ]
        if act.kind == "return":
            if not line.present:
                missing += 1
                state = "<b>Жоқ / Отсутствует</b>"
            else:
                state = f"{esc(line.condition_kk)} / {esc(line.condition_ru)}"
            cells.append(Paragraph(state, s["small"]))
        cells.append(Paragraph(esc(line.note), s["small"]))
        rows.append(cells)
    story.append(_table(rows, widths))
    story.append(Spacer(1, 3 * mm))
    total = f"Барлығы / Всего: <b>{len(act.lines)}</b>"
    if act.kind == "return":
        total += f"; қайтарылмады / не возвращено: <b>{missing}</b>"
    story.append(Paragraph(total, s["base"]))
    if act.note:
        story.append(Paragraph(f"Ескертпе / Примечание: {esc(act.note)}", s["base"]))
    story.append(Spacer(1, 10 * mm))
    department = f"{department_kk} / {department_ru}"
    employee_side = "Жауапты қызметкер / Ответственный сотрудник"
    if act.kind == "transfer":
        giver, taker = (department, act.department_person), (employee_side, act.employee_name)
    else:
        giver, taker = (employee_side, act.employee_name), (department, act.department_person)

    def block(gave: bool, organisation: str, person: str) -> list[Any]:
        sex = wording.sex_from_name(person)
        title = (
            f"Тапсырды / {wording.ru_by_sex(sex, 'Передал', 'Передала')}"
            if gave
            else f"Қабылдады / {wording.ru_by_sex(sex, 'Принял', 'Приняла')}"
        )
        return [
            Paragraph(f"<b>{esc(title)}</b>", s["base"]),
            Paragraph(esc(organisation), s["small"]),
            Paragraph("_______________  " + esc(person or "______________________"), s["base"]),
            Paragraph("(қолы, аты-жөні / подпись, ФИО)", s["small"]),
        ]

    # One row of the table for each line of the two blocks: the signature lines stand level
    # however many lines the names of the two sides take.
    rows = [list(pair) for pair in zip(block(True, *giver), block(False, *taker), strict=True)]
    signatures = Table(rows, colWidths=[90 * mm, 90 * mm])
    signatures.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 9),  # a table names its cells' font even around paragraphs
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 2), (-1, 2), 8 * mm),
        ]
    )
    story.append(KeepTogether([signatures, Spacer(1, 6 * mm), Paragraph("М.О. / М.П.", s["base"])]))
    title = "Акт приёма-передачи" if act.kind == "transfer" else "Акт возврата"
    build_pdf(target, story, title=f"{title} № {act.number}", author=header.name_ru)
    return target


# -- the progress report --------------------------------------------------------------------------


def progress_pdf(header: Header, report: ProgressDoc, target: Path) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    register_fonts()
    s = _styles()
    story = _header_story(header, s)
    day = _day(report.made_on)
    story += [
        Paragraph("Халық санағының барысы туралы есеп", s["title"]),
        Paragraph("Отчёт о ходе переписи населения", s["title"]),
        Paragraph(f"{day} жағдай бойынша / по состоянию на {day}", s["centre"]),
    ]
    if header.campaign_kk:
        story.append(Paragraph(f"{esc(header.campaign_kk)} / {esc(header.campaign_ru)}", s["centre"]))
    story.append(Spacer(1, 5 * mm))
    list_day = _day(report.list_date)
    enumerated = report.enumerated
    share = f"{100 * enumerated / report.on_list:.1f} %" if report.on_list else "—"
    story.append(
        Paragraph(
            f"{list_day} жағдай бойынша тізімде / В списке на {list_day}: <b>{report.on_list}</b>; "
            f"санақтан өтті / переписано: <b>{enumerated}</b> ({share})",
            s["base"],
        )
    )
    story.append(Spacer(1, 4 * mm))

    def section(kk: str, ru: str, rows: Sequence[tuple[str, str, int]]) -> None:
        story.append(Paragraph(f"<b>{kk} / {ru}</b>", s["base"]))
        story.append(Spacer(1, 1.5 * mm))
        table: list[list[Any]] = [
            [Paragraph("Көрсеткіш / Показатель", s["head"]), Paragraph("Саны / Количество", s["head"])]
        ]
        table += [[Paragraph(f"{esc(k)} / {esc(r)}", s["small"]), str(n)] for r, k, n in rows]
        story.append(_table(table, [140 * mm, 40 * mm]))
        story.append(Spacer(1, 4 * mm))

    section("Санақ мәртебесі", "Статус переписи", report.by_status)
    if report.by_unit:
        story.append(Paragraph("<b>Бөлімшелер бойынша / По подразделениям</b>", s["base"]))
        story.append(Spacer(1, 1.5 * mm))
        table: list[list[Any]] = [
            [
                Paragraph(h, s["head"])
                for h in (
                    "Бөлімше / Подразделение",
                    "Барлығы / Всего",
                    "Санақтан өтті / Переписано",
                    "Қалды / Осталось",
                )
            ]
        ]
        table += [[Paragraph(esc(u or "—"), s["small"]), str(a), str(b), str(c)] for u, a, b, c in report.by_unit]
        story.append(_table(table, [90 * mm, 30 * mm, 30 * mm, 30 * mm]))
        story.append(Spacer(1, 4 * mm))
    if report.employees:
        story.append(Paragraph("<b>Жауапты қызметкерлер / Ответственные сотрудники</b>", s["base"]))
        story.append(Spacer(1, 1.5 * mm))
        table = [
            [
                Paragraph("Қызметкер / Сотрудник", s["head"]),
                Paragraph("Санақтан өткізілгендер / Переписано", s["head"]),
            ]
        ]
        table += [[Paragraph(esc(name), s["small"]), str(n)] for name, n in report.employees]
        story.append(_table(table, [140 * mm, 40 * mm]))
        story.append(Spacer(1, 4 * mm))
    if report.certificates:
        section("Анықтамалар", "Справки", report.certificates)
    if report.equipment:
        section("Планшеттер мен жабдық", "Планшеты и оборудование", report.equipment)
    story += [
        Spacer(1, 8 * mm),
        Paragraph(
            f"Мекеме басшысы / Руководитель учреждения: ______________________ {esc(header.head_name)}", s["base"]
        ),
    ]
    build_pdf(target, story, title="Отчёт о ходе переписи", author=header.name_ru)
    return target


# -- pictures of the pages (print preview) ---------------------------------------------------------


def preview_available() -> bool:
    """Whether the pages of a PDF can be turned into pictures here (for the print preview)."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def page_images(path: Path, dpi: int = 150, *, progress: Progress = no_progress) -> list[bytes]:
    """Every page of the PDF as PNG bytes, for a print preview or for printing on any printer."""
    import io

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        images: list[bytes] = []
        total = len(pdf)
        for index in range(total):
            progress(index, total)
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72)
            buffer = io.BytesIO()
            bitmap.to_pil().save(buffer, format="PNG")
            images.append(buffer.getvalue())
            page.close()
        progress(total, total)
        return images
    finally:
        pdf.close()
