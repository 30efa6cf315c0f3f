"""1,000 certificates in one PDF: the whole issue (numbers, signatures, records, PDF) takes at most
twice what bare reportlab takes to draw the same text and QR codes on the same pages, measured in the
same run."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from desktop.app import AppContext
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import name_key
from desktop.models.entities import Person
from desktop.services import certificates, documents_pdf
from tests.integration.test_documents import setup_institution

COUNT = 1000


def _persons(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        serial = 0
        for index in range(COUNT):
            born = dt.date(1950, 1, 1) + dt.timedelta(days=index * 19)
            number = None
            while number is None:
                serial += 1
                number = make_iin(born, Sex.MALE if index % 2 else Sex.FEMALE, serial % 10000)
            surname, name, patronymic = f"Құрманғазы{index:04d}", "Әлия", "Өмірзаққызы"
            uow.session.add(
                Person(surname=surname, name=name, patronymic=patronymic, iin=number, birth_date=born,
                       sex="M" if index % 2 else "F", name_key=name_key(surname, name, patronymic),
                       status="interview", enumerated_at=dt.datetime(2021, 10, 5, 6, tzinfo=dt.UTC))
            )  # fmt: skip
        uow.commit()


def bare_reportlab(header: documents_pdf.Header, docs: list[documents_pdf.CertificateDoc], target: Path) -> None:
    """The baseline: the same strings and QR codes (``qrcode`` matrices drawn as rectangles) on A4
    pages, with reportlab's canvas alone."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    documents_pdf.register_fonts()
    canvas = Canvas(str(target), pagesize=A4, pageCompression=1)
    for doc in docs:
        lines = documents_pdf._certificate_lines(doc)
        texts = [header.name_kk, header.name_ru, f"БСН / БИН {header.bin}", "АНЫҚТАМА / СПРАВКА",
                 "халық санағынан өткені туралы / о прохождении переписи населения", header.campaign_kk,
                 header.campaign_ru, f"№ {doc.number}", doc.full_name, lines["kk"], lines["ru"],
                 f"Жауапты қызметкер / Ответственный сотрудник: {doc.enumerator}",
                 "______________________ (қолы / подпись)", "Мекеме басшысы / Руководитель учреждения:",
                 f"______________________ {header.head_name}", f"Берілген күні / Дата выдачи: {doc.issued_on}",
                 "М.О. / М.П.", "Тексеру коды / Код проверки:", doc.check_code,
                 "Анықтаманың түпнұсқалығы мекеменің ашық кілтімен тексеріледі.",
                 "Подлинность справки проверяется открытым ключом учреждения.", doc.key_fingerprint]  # fmt: skip
        y = 280 * mm
        for text in texts:
            canvas.setFont("DejaVuSans", 9)
            canvas.drawString(20 * mm, y, text)
            y -= 4.5 * mm
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        code.add_data(doc.qr)
        code.make(fit=True)
        matrix = code.get_matrix()
        module = 48 * mm / len(matrix)
        path = canvas.beginPath()
        for row, cells in enumerate(matrix):  # runs of dark modules as one rectangle, as a careful hand does
            start = None
            for column, dark in enumerate([*cells, False]):
                if dark and start is None:
                    start = column
                elif not dark and start is not None:
                    path.rect(20 * mm + start * module, 65 * mm - row * module, (column - start) * module, module)
                    start = None
        canvas.drawPath(path, fill=1, stroke=0)
        canvas.showPage()
    canvas.save()


@pytest.mark.benchmark
@pytest.mark.timeout(600)
def test_a_thousand_certificates_in_one_pdf(sqlite_context: AppContext, tmp_path: Path) -> None:
    setup_institution(sqlite_context)
    _persons(sqlite_context)
    start = time.perf_counter()
    with sqlite_context.uow() as uow:
        result = certificates.issue(
            uow, target=tmp_path / "ours.pdf", all_eligible=True, campaign=sqlite_context.campaign
        )
    ours = time.perf_counter() - start
    assert len(result.issued) == COUNT + 3

    with sqlite_context.uow() as uow:
        header = certificates._header(uow, sqlite_context.campaign)
    docs = [certificates._doc(info, duplicate=False, fingerprint="AAAA-BBBB-CCCC-DDDD") for info in result.issued]
    start = time.perf_counter()
    bare_reportlab(header, docs, tmp_path / "bare.pdf")
    bare = time.perf_counter() - start
    ratio = ours / bare
    print(
        f"\n{len(docs)} certificates in one PDF: issue {ours:.2f} s (records, signatures, PDF), "
        f"bare reportlab {bare:.2f} s, ratio {ratio:.2f} (target ≤ 2)"
    )
    assert ratio <= 2.0
