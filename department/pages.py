"""Server-rendered pages: for the Department's staff (behind a password) and the public certificate check.

Every form carries a CSRF token that must equal the ``csrf`` cookie (double submit; the cookie is
SameSite=Strict and HttpOnly); a staff sign-in is a random cookie whose SHA-256 is kept in the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import delete, select
from starlette.background import BackgroundTask

from department import reports, service
from department.config import AppConfig
from department.db import DepartmentDatabase
from department.i18n import format_value, pick, translate
from department.models import StaffSession
from desktop.protocol import package as pkg

router = APIRouter()

TEMPLATES = Path(__file__).resolve().parent / "templates"
SESSION_HOURS = 12
PASSWORD_KEY = "staff_password_hash"
#: After this many wrong passwords from one address, sign-in is refused for the rest of the window.
MAX_FAILED_LOGINS = 5
FAILED_LOGIN_WINDOW = 300.0
_hasher = PasswordHasher()

_environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
_environment.filters["when"] = format_value


class NotSignedIn(Exception):
    """A staff page asked for without a valid sign-in: the browser is sent to the login page."""


def _config(request: Request) -> AppConfig:
    config: AppConfig = request.app.state.config
    return config


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _lang(request: Request) -> str:
    return pick(request.query_params.get("lang") or request.cookies.get("lang"))


def _csrf(request: Request) -> str:
    token = getattr(request.state, "csrf", None)
    if token is None:
        token = request.cookies.get("csrf") or secrets.token_urlsafe(32)
        request.state.csrf = token
    return token


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = _lang(request)
    config = _config(request)
    html = _environment.get_template(template).render(
        t=lambda key, **params: translate(key, lang, **params),
        lang=lang,
        path=request.url.path,
        csrf=_csrf(request),
        staff=getattr(request.state, "staff", False),
        secure=config.secure_cookies,
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    _set_cookies(request, response)
    return response


def _set_cookies(request: Request, response: Response) -> None:
    secure = _config(request).secure_cookies
    if request.cookies.get("csrf") != _csrf(request):
        response.set_cookie("csrf", _csrf(request), httponly=True, samesite="strict", secure=secure)
    lang = request.query_params.get("lang")
    if lang in ("ru", "kk") and request.cookies.get("lang") != lang:
        response.set_cookie("lang", lang, samesite="lax", secure=secure, max_age=365 * 86400)


async def _form(request: Request) -> Any:
    """The submitted form, after its CSRF token is checked against the cookie."""
    form = await request.form()
    sent = str(form.get("csrf", ""))
    cookie = request.cookies.get("csrf", "")
    if not cookie or not hmac.compare_digest(sent, cookie):
        raise service.DepartmentError("csrf.failed", "csrf.failed", 403)
    return form


# -- staff sign-in --------------------------------------------------------------------------------


def set_staff_password(db: DepartmentDatabase, password: str) -> None:
    if len(password) < 10:
        raise service.DepartmentError("staff.short_password", "The staff password needs at least 10 characters.")
    with db.session() as session:
        service.set_setting(session, PASSWORD_KEY, _hasher.hash(password))
        session.execute(delete(StaffSession))  # a new password signs everybody out
        session.commit()


def _password_ok(db: DepartmentDatabase, password: str) -> bool | None:
    """True or False, or None when no staff password was set."""
    with db.session() as session:
        stored = service.get_setting(session, PASSWORD_KEY)
    if stored is None:
        return None
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _new_session(db: DepartmentDatabase) -> str:
    token = secrets.token_urlsafe(32)
    now = service.utcnow()
    with db.session() as session:
        session.execute(delete(StaffSession).where(StaffSession.expires_at < now))
        session.add(StaffSession(token_hash=_sha(token), expires_at=now + dt.timedelta(hours=SESSION_HOURS)))
        session.commit()
    return token


def _signed_in(db: DepartmentDatabase, token: str) -> bool:
    if not token:
        return False
    with db.session() as session:
        expires = session.scalar(select(StaffSession.expires_at).where(StaffSession.token_hash == _sha(token)))
    return expires is not None and expires > service.utcnow()


async def _staff(request: Request) -> AppConfig:
    config = _config(request)
    if not await run_in_threadpool(_signed_in, config.db, request.cookies.get("staff", "")):
        raise NotSignedIn
    request.state.staff = True
    return config


def _recent_failures(request: Request, client: str) -> list[float]:
    """The failed sign-ins of one address in the last minutes (kept in the process's memory)."""
    table: dict[str, list[float]] = request.app.state.failed_logins
    now = time.monotonic()
    recent = [moment for moment in table.get(client, []) if now - moment < FAILED_LOGIN_WINDOW]
    table[client] = recent
    return recent


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.html", next=request.query_params.get("next", "/"))


@router.post("/login")
async def login(request: Request) -> Response:
    config = _config(request)
    form = await _form(request)
    target = str(form.get("next", "/"))
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    client = request.client.host if request.client else ""
    failures = _recent_failures(request, client)
    if len(failures) >= MAX_FAILED_LOGINS:
        return render(request, "login.html", status=429, error="login.throttled", next=target)
    verdict = await run_in_threadpool(_password_ok, config.db, str(form.get("password", "")))
    if not verdict:
        if verdict is not None:
            failures.append(time.monotonic())
        message = "login.no_password" if verdict is None else "login.wrong"
        return render(request, "login.html", status=401, error=message, next=target)
    failures.clear()
    token = await run_in_threadpool(_new_session, config.db)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        "staff", token, httponly=True, samesite="strict", secure=config.secure_cookies, max_age=SESSION_HOURS * 3600
    )
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    config = _config(request)
    await _form(request)
    token = request.cookies.get("staff", "")

    def forget() -> None:
        with config.db.session() as session:
            session.execute(delete(StaffSession).where(StaffSession.token_hash == _sha(token)))
            session.commit()

    await run_in_threadpool(forget)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie("staff")
    return response


@router.get("/lang/{code}")
async def language(request: Request, code: str) -> Response:
    target = request.query_params.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie("lang", pick(code), samesite="lax", max_age=365 * 86400)
    return response


# -- staff pages ----------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
async def progress_page(request: Request) -> HTMLResponse:
    config = await _staff(request)
    rows = await run_in_threadpool(reports.progress, config.db, config.campaign, config.today())
    return render(
        request,
        "progress.html",
        rows=rows,
        categories=reports.CATEGORIES,
        campaign=config.campaign.name(_lang(request)),
    )


@router.get("/institutions/{bin_}", response_class=HTMLResponse)
async def institution_page(request: Request, bin_: str) -> HTMLResponse:
    config = await _staff(request)
    rows = await run_in_threadpool(reports.progress, config.db, config.campaign, config.today(), bin_)
    if not rows:
        return render(request, "message.html", status=404, message="error.not_found")
    history = await run_in_threadpool(reports.exchanges, config.db, bin_)
    return render(
        request,
        "institution.html",
        row=rows[0],
        categories=reports.CATEGORIES,
        exchanges=history,
        statement_figures=reports.STATEMENT_FIGURES,
    )


@router.get("/duplicates", response_class=HTMLResponse)
async def duplicates_page(request: Request) -> HTMLResponse:
    config = await _staff(request)
    found = await run_in_threadpool(reports.duplicates, config.db)
    return render(request, "duplicates.html", duplicates=found)


@router.get("/exports", response_class=HTMLResponse)
async def exports_page(request: Request) -> HTMLResponse:
    await _staff(request)
    return render(request, "exports.html", formats=reports.FORMATS)


@router.get("/exports/{fmt}")
async def export_download(request: Request, fmt: str) -> Response:
    config = await _staff(request)
    if fmt not in reports.FORMATS:
        return render(request, "message.html", status=404, message="error.not_found")
    folder = Path(tempfile.mkdtemp(prefix="sanaq-export-"))
    path = folder / f"census-persons.{fmt}"
    await run_in_threadpool(reports.export, config.db, path, fmt)

    def cleanup() -> None:
        path.unlink(missing_ok=True)
        folder.rmdir()

    return FileResponse(path, filename=path.name, background=BackgroundTask(cleanup))


@router.get("/packages", response_class=HTMLResponse)
async def packages_page(request: Request) -> HTMLResponse:
    await _staff(request)
    return render(request, "packages.html")


@router.post("/packages", response_class=HTMLResponse)
async def packages_upload(request: Request) -> HTMLResponse:
    config = await _staff(request)
    form = await _form(request)
    upload = form.get("package")
    if upload is None or isinstance(upload, str) or not upload.filename:
        return render(request, "packages.html", status=400, error="packages.no_file")
    data = await upload.read(config.max_package_bytes + 1)
    if len(data) > config.max_package_bytes:
        return render(request, "packages.html", status=413, error="packages.too_large")
    try:
        result = await run_in_threadpool(service.import_package, config.db, config.keys, data)
    except pkg.PackageError as error:
        params = {"bin": "", "sequence": getattr(error, "sequence", "")}
        try:
            params["bin"] = pkg.open_package(data).manifest.institution_bin
        except pkg.PackageError:
            pass
        return render(
            request, "packages.html", status=422, error="package." + error.code, params=params, detail=str(error)
        )
    return render(request, "packages.html", result=result)


@router.get("/packages/receipt/{bin_}/{sequence}")
async def package_receipt(request: Request, bin_: str, sequence: int) -> Response:
    config = await _staff(request)
    stored = await run_in_threadpool(service.stored_receipt, config.db, bin_, sequence, "package")
    if stored is None:
        return render(request, "message.html", status=404, message="error.not_found")
    data = pkg.write_receipt_file(pkg.SignedReceipt.model_validate_json(stored))
    name = f"{bin_}-{sequence}{pkg.RECEIPT_SUFFIX}"
    return Response(
        data,
        media_type="application/json",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"},
    )


# -- the public certificate check -----------------------------------------------------------------


@router.get("/check", response_class=HTMLResponse)
async def check_page(request: Request) -> HTMLResponse:
    return render(request, "check.html", number="", code="")


@router.post("/check", response_class=HTMLResponse)
async def check(request: Request) -> HTMLResponse:
    config = _config(request)
    form = await _form(request)
    number, code = str(form.get("number", ""))[:40], str(form.get("code", ""))[:40]
    result = await run_in_threadpool(service.check_certificate, config.db, number, code)
    return render(request, "check.html", number=number, code=code, result=result)
