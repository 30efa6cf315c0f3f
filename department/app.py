"""The FastAPI application: the API for institutions, the staff pages and the public check page."""

from __future__ import annotations

import logging
import os

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from department import api, pages, service
from department.config import ENV_DB, ENV_MAX_BODY_MB, ENV_SECURE_COOKIES, AppConfig
from department.db import DepartmentDatabase
from department.service import DepartmentError

log = logging.getLogger(__name__)


def app_from_environment() -> FastAPI:
    """The app of one server process, as ``sanaq-department serve`` describes it in the environment
    (each uvicorn worker builds its own; the database was migrated and the keys made before)."""
    db = DepartmentDatabase(os.environ[ENV_DB])
    config = AppConfig(
        db=db,
        keys=service.load_keys(db),
        max_body_bytes=int(os.environ.get(ENV_MAX_BODY_MB, "64")) << 20,
        secure_cookies=bool(os.environ.get(ENV_SECURE_COOKIES)),
    )
    return create_app(config)


def create_app(config: AppConfig) -> FastAPI:
    app = FastAPI(title="Sanaq — the Department's receiving service", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.config = config
    app.state.failed_logins = {}  # address → times of wrong staff passwords (pages.MAX_FAILED_LOGINS)
    app.include_router(api.router)
    app.include_router(pages.router)

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(DepartmentError)
    async def refused(request: Request, error: DepartmentError) -> Response:
        if is_api(request):
            extra = {"problems": error.problems} if hasattr(error, "problems") else {}
            return api.error_response(error.code, error.message, error.status, **extra)
        return pages.render(request, "message.html", status=error.status, message=error.message)

    @app.exception_handler(pages.NotSignedIn)
    async def sign_in_first(request: Request, _error: pages.NotSignedIn) -> Response:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        if is_api(request):
            return api.error_response("request.invalid", "The request does not follow the protocol.", 422)
        return pages.render(request, "message.html", status=404, message="error.not_found")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        if is_api(request):
            return api.error_response(f"http.{error.status_code}", str(error.detail), error.status_code)
        return pages.render(request, "message.html", status=error.status_code, message="error.not_found")

    @app.exception_handler(Exception)
    async def failed(request: Request, error: Exception) -> Response:
        log.exception("request %s %s failed", request.method, request.url.path)
        return api.error_response("server.error", "The Department's service failed; the batch was not stored.", 500)

    return app
