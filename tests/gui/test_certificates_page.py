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
        code = certificates.get_certificate(uow, "21-000001", campaign=ru.campaign).code
    page.tabs.setCurrentIndex(2)
    page.code_edit.setText(code.lower().replace("-", " "))
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_result.text() != "", timeout=5000)
    assert page.verify_result.text().startswith("✓ Подлинная: справка 21-000001.")
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


def test_reprint_and_void_from_the_registry(qtbot, ru: AppContext, runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = setup_institution(ru)
    with ru.uow() as uow:
        certificates.issue(uow, target=None, person_ids=[ids["Петрова"], ids["Құрманғазы"]], campaign=ru.campaign)
    target = tmp_path / "дубликат.pdf"
    monkeypatch.setattr(cp, "ask_pdf_path", lambda *args: target)
    offered: list[str] = []
    monkeypatch.setattr(CertificatesPage, "_offer_print", lambda self, path, text: offered.append(text))
    monkeypatch.setattr(cp.QInputDialog, "getText", lambda *args, **kwargs: ("Бланк испорчен", True))
    page = _page(qtbot, CertificatesPage, ru, runner)
    page.refresh()
    qtbot.waitUntil(lambda: page.registry.rowCount() == 2, timeout=5000)
    page.tabs.setCurrentIndex(1)
    page.registry_view.selectRow(0)  # the newest number first
    page.reprint_button.click()
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    assert offered == ["Напечатан 1 дубликат."]
    assert "ТЕЛНҰСҚА / ДУБЛИКАТ" in PdfReader(str(target)).pages[0].extract_text()
    with qtbot.waitSignal(page.data_changed, timeout=5000):
        page.void_button.click()
    with ru.uow() as uow:
        states = {c.number: (c.state, c.void_reason) for c in certificates.list_certificates(uow, campaign=ru.campaign)}
    assert states == {"21-000002": ("voided", "Бланк испорчен"), "21-000001": ("issued", "")}
    page.refresh()
    qtbot.waitUntil(lambda: "аннулировано: 1" in page.summary.text(), timeout=5000)
    voided_row = next(row for row in range(2) if page.registry.item(row, 0).text() == "21-000002")
    assert page.registry.item(voided_row, 4).text() == "Аннулирована"
    assert page.registry.item(voided_row, 6).text() == "Бланк испорчен"


def test_hand_over_and_take_back_through_the_dialogs(qtbot, ru: AppContext, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from desktop.views import equipment_page as ep

    setup_institution(ru)
    with ru.uow() as uow:
        equipment.add_item(uow, kind="tablet", inventory_number="БНС-0007", serial_number="R7", with_accessories=True)
    printed: list[tuple[str, int]] = []
    monkeypatch.setattr(EquipmentPage, "_print", lambda self, kind, number: printed.append((kind, number)))
    monkeypatch.setattr(ep.AssignDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    def take_back(self) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        stylus = next(i for i in range(self.missing.count()) if self.missing.item(i).text() == "Стилус")
        self.missing.item(stylus).setCheckState(ep.Qt.CheckState.Checked)
        self.condition.setCurrentIndex(self.condition.findData("worn"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ep.ReturnDialog, "exec", take_back)
    page = _page(qtbot, EquipmentPage, ru, runner)
    page.refresh()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=5000)
    assert page.outstanding.text() == "✓ Возвращать в Департамент нечего."
    page.tree.topLevelItem(0).child(2).setSelected(True)  # an accessory stands for its tablet's kit
    page.assign_button.click()
    qtbot.waitUntil(lambda: printed == [("transfer", 1)], timeout=5000)
    page.refresh()
    qtbot.waitUntil(lambda: "Подлежит возврату в Департамент: 8 предметов" in page.outstanding.text(), timeout=5000)
    page.tree.topLevelItem(0).setSelected(True)
    page.return_button.click()
    qtbot.waitUntil(lambda: printed[-1] == ("return", 1), timeout=5000)
    with ru.uow() as uow:
        act = equipment.get_act(uow, "return", 1)
    assert act.missing == 1 and {line.condition for line in act.lines if line.present} == {"worn"}
    page.refresh()
    qtbot.waitUntil(lambda: "не возвращено (отсутствует): 1" in page.outstanding.text(), timeout=5000)


def test_the_print_preview_paints_the_real_pages(qtbot, ru: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from desktop.services import documents_pdf
    from desktop.views import print_preview

    ids = setup_institution(ru)
    source = tmp_path / "two.pdf"
    with ru.uow() as uow:
        certificates.issue(
            uow, target=source, person_ids=[ids["Петрова"], ids["Әлиева"]], layout="a5", campaign=ru.campaign
        )
    images = documents_pdf.page_images(source, dpi=40)
    assert len(images) == 2 and all(image.startswith(b"\x89PNG") for image in images)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_preview.paint_pages(printer, images)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 2
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = print_preview.PrintPreview(parent, images, "two")
    assert dialog.windowTitle() == "two"


def test_an_accessory_is_registered_to_the_chosen_tablet_and_the_key_is_shown(
    qtbot, ru: AppContext, runner, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from desktop.views import equipment_page as ep

    setup_institution(ru)
    with ru.uow() as uow:
        equipment.add_item(uow, kind="tablet", inventory_number="БНС-0009", serial_number="R9")

    def fill(self) -> QDialog.DialogCode:  # type: ignore[no-untyped-def]
        assert self.tablet.currentData() == "БНС-0009"  # the selected tablet is proposed
        self.kind.setCurrentIndex(self.kind.findData("powerbank"))
        self.serial.setText("PB-77")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ep.AccessoryDialog, "exec", fill)
    page = _page(qtbot, EquipmentPage, ru, runner)
    page.refresh()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=5000)
    page.tree.topLevelItem(0).setSelected(True)
    with qtbot.waitSignal(page.data_changed, timeout=5000):
        page.accessory_button.click()
    page.refresh()
    qtbot.waitUntil(lambda: page.tree.topLevelItem(0).childCount() == 1, timeout=5000)
    child = page.tree.topLevelItem(0).child(0)
    assert (child.text(0), child.text(2)) == ("Внешний аккумулятор (Powerbank)", "PB-77")

    certs = _page(qtbot, CertificatesPage, ru, runner)
    certs.refresh()
    qtbot.waitUntil(lambda: certs.key_label.text() != "", timeout=5000)
    assert certs.key_label.text() == "Ключ подписи учреждения создаётся при выдаче первой справки."
    with ru.uow() as uow:
        certificates.ensure_signing_key(uow)
        fingerprint = certificates.stored_fingerprint(uow)
    certs.refresh()
    qtbot.waitUntil(lambda: fingerprint in certs.key_label.text(), timeout=5000)  # type: ignore[operator]


@pytest.mark.parametrize(("lang", "expected"), [("ru", "справки-"), ("kk", "анықтамалар-")])
def test_the_suggested_file_name_is_in_the_window_language(
    qtbot, app, sqlite_context: AppContext, runner, monkeypatch, lang: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from desktop.views import print_preview

    sqlite_context.translate = Translator(Language(lang))
    install_translations(sqlite_context.translate)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (asked.append(args[2]), ("", ""))[1])
    monkeypatch.setattr(print_preview, "QFileDialog", QFileDialog)
    page = _page(qtbot, CertificatesPage, sqlite_context, runner)
    page.issue_all.click()
    assert asked and Path(asked[0]).name.startswith(expected) and asked[0].endswith(".pdf")
    install_translations(Translator(Language.RU))


def test_those_waiting_come_first_and_a_holder_is_not_asked_for_a_file(
    qtbot, ru: AppContext, runner, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtWidgets import QMessageBox

    ids = setup_institution(ru)
    with ru.uow() as uow:
        certificates.issue(uow, target=tmp_path / "one.pdf", person_ids=[ids["Петрова"]], layout="a5",
                           campaign=ru.campaign)  # fmt: skip
    monkeypatch.setattr(cp, "ask_pdf_path", lambda *args: pytest.fail("a file name was asked for"))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    page = _page(qtbot, CertificatesPage, ru, runner)
    page.refresh()
    qtbot.waitUntil(lambda: page.people.rowCount() == 3, timeout=5000)
    proxy = page.people_proxy
    names = [proxy.index(row, 0).data().split()[0] for row in range(3)]
    # in the Kazakh alphabet's order, as on the Respondents page; the holder last
    assert names == ["Әлиева", "Құрманғазы", "Петрова"]
    assert page.people_view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    page.people_view.selectionModel().select(
        proxy.index(2, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    page.issue_selected.click()
    assert said and "уже" in said[0]


def test_the_tables_sort_names_in_the_kazakh_alphabet(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(0, 1)
    for name in ("Ілиясов Арман", "Ахметов Ерлан", "Ыбыраев Нұр", "Әбенов Дәурен", "Абаев Серік", "Қасым Ару"):
        model.appendRow([cp._item(name)])
    view, proxy = cp._table(model)
    qtbot.addWidget(view)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(row, 0).data().split()[0] for row in range(proxy.rowCount())]
    assert names == ["Абаев", "Ахметов", "Әбенов", "Қасым", "Ыбыраев", "Ілиясов"]
