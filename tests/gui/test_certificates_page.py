"""The Certificates and Tablets pages as a user meets them: issuing to everyone waiting, the registry,
checking a genuine and an altered code, and what is still to be returned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.app import AppContext
from desktop.domain.enums import Language
from desktop.i18n import Translator
from desktop.services import certificates, equipment
from desktop.views import certificates_page as cp
from desktop.views.application import install_translations
from desktop.views.certificates_page import CertificatesPage
from desktop.views.equipment_page import EquipmentPage
from desktop.views.jobs import JobRunner
from tests.integration.test_documents import setup_institution


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    runner = JobRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner._jobs, timeout=10000)


def _page(qtbot, cls, ctx, runner):  # type: ignore[no-untyped-def]
    page = cls(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_issue_for_everyone_waiting_then_check_codes(
    qtbot, ru: AppContext, runner, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    setup_institution(ru)
    target = tmp_path / "справки.pdf"
    monkeypatch.setattr(cp, "ask_pdf_path", lambda *args: target)
    offered: list[tuple[Path | None, str]] = []
    monkeypatch.setattr(CertificatesPage, "_offer_print", lambda self, path, text: offered.append((path, text)))
    page = _page(qtbot, CertificatesPage, ru, runner)
    assert page.title() == "Справки и списки"
    page.refresh()
    qtbot.waitUntil(lambda: page.people.rowCount() == 3, timeout=5000)
    assert "переписаны и ждут справку: 3" in page.summary.text()
    waiting = [page.people.item(row, 5).text() for row in range(3)]
    assert waiting == ["не выдана"] * 3
    page.issue_all.click()
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    assert offered[0][0] == target and "Выдано 3 справки" in offered[0][1]
    assert len(PdfReader(str(target)).pages) == 3
    page.refresh()
    qtbot.waitUntil(lambda: page.registry.rowCount() == 3, timeout=5000)
    assert "Действующих справок: 3" in page.summary.text()
    numbers = sorted(page.registry.item(row, 0).text() for row in range(3))
    assert numbers == ["21-000001", "21-000002", "21-000003"]

    with ru.uow() as uow:
        code = certificates.get_certificate(uow, "21-000001").code
    page.tabs.setCurrentIndex(2)
    page.code_edit.setText(code.lower().replace("-", " "))
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_result.text() != "", timeout=5000)
    assert page.verify_result.text().startswith("Подлинная: справка 21-000001.")
    altered = code[:12] + ("B" if code[12] != "B" else "C") + code[13:]
    page.code_edit.setText(altered)
    page.verify_result.clear()
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_result.text() != "", timeout=5000)
    assert "поддельная или изменена" in page.verify_result.text() or "не код справки" in page.verify_result.text()


def test_equipment_page_shows_what_is_still_out_in_kazakh(qtbot, ru: AppContext, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = setup_institution(ru)
    with ru.uow() as uow:
        equipment.add_item(uow, kind="tablet", inventory_number="БНС-0001", serial_number="R1", with_accessories=True)
        equipment.assign(uow, inventories=["БНС-0001"], employee=ids["employee"], act_date=dt.date(2021, 9, 28))
    install_translations(Translator(Language.KK))
    page = _page(qtbot, EquipmentPage, ru, runner)
    assert page.title() == "Планшеттер мен актілер"
    page.refresh()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=5000)
    assert "Департаментке қайтарылуы тиіс: 8 зат" in page.outstanding.text()
    assert "Сүлейменова Әйгерім Қуанышқызы" in page.outstanding.text()
    tablet = page.tree.topLevelItem(0)
    assert (tablet.text(0), tablet.text(1), tablet.childCount()) == ("Планшет", "БНС-0001", 7)
    assert page.acts.item(0, 0).text() == "Қабылдау-тапсыру актісі № 1"
    assert page.acts.item(0, 5).text() == "қол қойылмаған"
    page.grab().save(str(tmp_path / "equipment.png"))
    assert (tmp_path / "equipment.png").stat().st_size > 10_000
