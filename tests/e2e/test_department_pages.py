"""The Department's pages in a real browser (Debian's chromium through Selenium), in Russian and Kazakh:
sign-in, progress, one institution, duplicates, exports, the package upload with its receipt, and the
public certificate check."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from department import service
from department.db import DepartmentDatabase
from desktop.protocol import package as pkg
from desktop.protocol.records import ChangeAfterClose, InstitutionProfile
from tests.department_support import NOW, Institution, Server, certificate, cli, outcome, person, sheet

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
PASSWORD = "пароль-сотрудника-1"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver (.ci/run installs them)"
)


def closed_profile(bin_: str) -> InstitutionProfile:
    """The profile of an institution that closed out, as the desktop sends it, with one change made after."""
    import datetime as dt
    import uuid

    statement = {
        "on_list": 3, "expected": 3, "enumerated": 2, "interview": 0, "records": 1, "online": 1, "refused": 1,
        "not_resident": 0, "certificates_issued": 2, "equipment_returned": 8, "equipment_items": 8,
        "equipment_missing": 0, "closed_by": "Иванова Наталья Петровна",
        "reasons": [{"status": "refused", "reason": "Отказ опекуна", "count": 1}],
    }  # fmt: skip
    closed = dt.datetime(2021, 11, 3, 5, 0, tzinfo=dt.UTC)
    return InstitutionProfile(
        uuid=uuid.uuid4(),
        revision=2,
        updated_at=NOW,
        bin=bin_,
        name_ru="Дом престарелых «Мейірім»",
        name_kk="«Мейірім» қарттар үйі",
        closed_at=closed,
        statement=statement,
        changes_after_close=[
            ChangeAfterClose(
                at=closed + dt.timedelta(days=2),
                what="outcome",
                reason="Опекун дал согласие",
                confirmed_by="Иванова Н. П.",
            )
        ],
    )


class World:
    def __init__(self, server: Server, db: DepartmentDatabase, downloads: Path) -> None:
        self.server = server
        self.db = db
        self.downloads = downloads
        self.codes: dict[str, str] = {}
        self.first: Institution
        self.second: Institution


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("pages")
    server = Server(f"sqlite:///{folder / 'department.sqlite'}").start()
    db = DepartmentDatabase(server.db_url)
    try:
        done = cli("staff", "password", "--db", server.db_url, "--password-stdin", stdin=PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
        state = World(server, db, folder / "downloads")
        state.downloads.mkdir()
        first = Institution(server, "100540012349")
        first.enrol(service.add_institution(db, first.bin, "Школа-интернат «Шанырак»", "«Шаңырақ» мектеп-интернаты"))
        second = Institution(server, "990140000017")
        second.enrol(service.add_institution(db, second.bin, "Дом престарелых «Мейірім»", "«Мейірім» қарттар үйі"))
        service.add_institution(db, "880240000025", "Больница без данных", "Деректерсіз аурухана")
        twice, online_and_sheet = person(iin="900101300123"), person(iin="850505400456")
        holder, voided_holder = person(surname="Абаев"), person(surname="Берикова")
        entry, code = certificate(holder.uuid, "21-000001", first.signing_key, full_name="Абаев Ержан Болатович")
        voided, voided_code = certificate(
            voided_holder.uuid, "21-000002", first.signing_key, full_name="Берикова Айгүл", state="voided"
        )
        state.codes = {"genuine": code, "voided": voided_code}
        first.send(
            [
                twice,
                online_and_sheet,
                holder,
                voided_holder,
                entry,
                voided,
                sheet(online_and_sheet.uuid, P1=1),
                sheet(holder.uuid, P1=2),
            ]
        )
        second.send([person(iin="900101300123", uuid_=None), person(surname="Онлайнова", iin="850505400456")])
        second.send([closed_profile(second.bin)])
        second_online = person(iin="700101300999")
        second.send([second_online, outcome(second_online.uuid, "online", online_code="E-1")])
        state.first, state.second = first, second
        yield state
    finally:
        db.dispose()
        server.stop()


@pytest.fixture(scope="module")
def browser(world: World) -> Iterator[WebDriver]:
    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=ru"):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(world.downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


def _text(driver: WebDriver, css: str) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, css).text)


def _go(driver: WebDriver, element_id: str = "", *, link: str = "") -> None:
    """Click a button or link that loads a new page, and wait until the new page is there."""
    page = driver.find_element(By.TAG_NAME, "html")
    target = driver.find_element(By.LINK_TEXT, link) if link else driver.find_element(By.ID, element_id)
    target.click()
    WebDriverWait(driver, 15).until(lambda _driver: _left(page))


def _left(page: WebElement) -> bool:
    """The old page is gone.  Chromium may answer a look at a node of a page being replaced with an
    inspector error instead of a stale reference; both mean the page is gone."""
    try:
        page.is_enabled()
    except WebDriverException:
        return True
    return False


def _language(driver: WebDriver, lang: str) -> None:
    _go(driver, f"lang-{lang}")


def _downloaded(folder: Path, suffix: str, timeout: float = 15) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in folder.iterdir() if p.name.endswith(suffix)]
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} file was downloaded")


def test_staff_sign_in_and_see_progress_in_both_languages(world: World, browser: WebDriver) -> None:
    browser.get(world.server.url + "/")
    assert "/login" in browser.current_url
    browser.find_element(By.ID, "password").send_keys("не тот пароль")
    _go(browser, "login")
    assert _text(browser, "#error") == "Неверный пароль."
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    _go(browser, "login")
    assert _text(browser, "h1") == "Ход переписи по учреждениям"
    row = browser.find_element(By.CSS_SELECTOR, "tr[data-bin='100540012349']")
    assert row.find_element(By.CSS_SELECTOR, ".persons").text == "4"
    assert row.find_element(By.CSS_SELECTOR, ".cat-sheet").text == "2"
    assert "UTC" in row.find_element(By.CSS_SELECTOR, ".last-sync").text
    empty = browser.find_element(By.CSS_SELECTOR, "tr[data-bin='880240000025']")
    assert "Нет списка" in empty.text and "никогда" in empty.text and "не подключено" in empty.text
    # The campaign of 2021 is over: persons still not counted are overdue.
    assert "не переписаны, опрос завершён 30.10.2021" in row.find_element(By.CSS_SELECTOR, ".overdue").text

    _language(browser, "kk")
    assert _text(browser, "h1") == "Мекемелер бойынша санақ барысы"
    empty = browser.find_element(By.CSS_SELECTOR, "tr[data-bin='880240000025']")
    assert "Тізім жоқ" in empty.text and "ешқашан" in empty.text
    _go(browser, link="«Шаңырақ» мектеп-интернаты")
    assert _text(browser, "#name") == "«Шаңырақ» мектеп-интернаты"
    assert "желі арқылы" in _text(browser, "#exchanges")
    _language(browser, "ru")
    assert "по сети" in _text(browser, "#exchanges")


def test_duplicates_and_exports(world: World, browser: WebDriver) -> None:
    browser.get(world.server.url + "/duplicates")
    rows = {r.get_attribute("data-iin"): r.text for r in browser.find_elements(By.CSS_SELECTOR, "tr.duplicate")}
    assert set(rows) == {"900101300123", "850505400456"}
    assert "В двух учреждениях" in rows["900101300123"]
    assert "Школа-интернат «Шанырак»" in rows["900101300123"] and "Дом престарелых «Мейірім»" in rows["900101300123"]
    _language(browser, "kk")
    assert "Екі мекемеде" in _text(browser, "tr[data-iin='900101300123']")
    _language(browser, "ru")

    browser.get(world.server.url + "/exports")
    browser.find_element(By.ID, "export-csv").click()
    exported = _downloaded(world.downloads, ".csv")
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("bin,institution,person_uuid,iin,")
    assert len(lines) == 1 + 4 + 2 + 1
    exported.unlink()


def test_package_upload_gives_the_receipt(world: World, browser: WebDriver, tmp_path: Path) -> None:
    inst = world.second
    package = tmp_path / "990140000017-1.sanaq"
    package.write_bytes(inst.package([person(surname="С флешки"), person(surname="С флешки 2")], sequence=1))
    browser.get(world.server.url + "/packages")
    browser.find_element(By.ID, "package").send_keys(str(package))
    _go(browser, "upload")
    assert "Пакет № 1 учреждения 990140000017 принят: 2 записей, отклонено 0." in _text(browser, "#accepted")
    browser.find_element(By.ID, "receipt").click()
    receipt_file = _downloaded(world.downloads, ".receipt.json")
    receipt = pkg.read_receipt_file(
        receipt_file.read_bytes(), public_key=inst.department_public_key, expected_bin=inst.bin
    )
    assert receipt.sequence == 1 and receipt.accepted_total() == 2
    receipt_file.unlink()

    # The same package again, in Kazakh: nothing changes and the page says so.
    _language(browser, "kk")
    browser.find_element(By.ID, "package").send_keys(str(package))
    _go(browser, "upload")
    assert "жүктелген" in _text(browser, "#again")
    # A package encrypted to another Department's key is refused with its reason.
    stranger = tmp_path / "stranger.sanaq"
    stranger.write_bytes(
        pkg.write_package(
            inst.batch([person()], sequence=2),
            recipient=pkg.DepartmentKeys.generate().recipient,
            signing_key=inst.signing_key,
        )
    )
    browser.find_element(By.ID, "package").send_keys(str(stranger))
    _go(browser, "upload")
    assert "Пакет қабылданбады" in _text(browser, "#refused")
    assert "басқа кілтпен" in _text(browser, "#error")
    _language(browser, "ru")
    assert len([r for r in service.list_institutions(world.db) if r.bin == inst.bin]) == 1


def test_public_certificate_check_without_signing_in(world: World, browser: WebDriver) -> None:
    browser.delete_all_cookies()
    browser.get(world.server.url + "/check")
    assert _text(browser, "h1") == "Проверка справки об участии в переписи"
    browser.implicitly_wait(0)
    assert not browser.find_elements(By.ID, "logout")
    browser.implicitly_wait(5)

    def check(number: str, code: str) -> None:
        field = browser.find_element(By.ID, "number")
        field.clear()
        field.send_keys(number)
        field = browser.find_element(By.ID, "code")
        field.clear()
        field.send_keys(code)
        _go(browser, "check")

    check("21-000001", world.codes["genuine"].lower())
    assert _text(browser, "#genuine") == "Справка подлинная."
    assert _text(browser, "#holder") == "А**** Е**** Б."
    assert _text(browser, "#issued") == "05.10.2021"
    check("21-000002", world.codes["voided"])
    assert "аннулирована" in _text(browser, "#voided")
    check("21-000001", world.codes["voided"])
    assert "не найдена" in _text(browser, "#not-found")

    _language(browser, "kk")
    assert _text(browser, "h1") == "Санаққа қатысу туралы анықтаманы тексеру"
    check("21-000001", world.codes["genuine"])
    assert _text(browser, "#genuine") == "Анықтама түпнұсқа."
    check("21-000009", world.codes["genuine"])
    assert "табылмады" in _text(browser, "#not-found")
    # Staff pages stay closed to the public.
    browser.get(world.server.url + "/duplicates")
    assert "/login" in browser.current_url


def test_closed_institutions_and_their_statements(world: World, browser: WebDriver) -> None:
    browser.get(world.server.url + "/?lang=ru")
    if "/login" in browser.current_url:
        browser.find_element(By.ID, "password").send_keys(PASSWORD)
        _go(browser, "login")
    _language(browser, "ru")
    closed = browser.find_element(By.CSS_SELECTOR, "tr[data-bin='990140000017'] .closed")
    assert "Завершено 03.11.2021 05:00 UTC" in closed.text and "изменений после завершения: 1" in closed.text
    # A closed institution is not chased for overdue work; an open one is.
    assert _text(browser, "tr[data-bin='990140000017'] .overdue") == ""
    assert _text(browser, "tr[data-bin='100540012349'] .closed") == "не завершено"
    _go(browser, link="Завершено 03.11.2021 05:00 UTC")
    assert _text(browser, "#statement") == "Справка учреждения о завершении переписи"
    assert _text(browser, ".st-expected") == "3" and _text(browser, ".st-certificates_issued") == "2"
    assert "Отказ опекуна" in _text(browser, "#statement-reasons")
    assert "Опекун дал согласие" in _text(browser, "#changes-after-close")
    assert "итог переписи" in _text(browser, "#changes-after-close")
    _language(browser, "kk")
    assert _text(browser, "#statement") == "Мекеменің санақты аяқтау туралы анықтамасы"
    assert "Берілген анықтамалар" in _text(browser, "#statement-figures")
    assert "санақ нәтижесі" in _text(browser, "#changes-after-close")
    browser.get(world.server.url + "/institutions/100540012349")
    assert _text(browser, "#not-closed") == "Мекеме санақты әлі аяқтаған жоқ: анықтама жоқ."
    _language(browser, "ru")
