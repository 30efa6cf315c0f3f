"""The HTTP API institutions talk to (``/api/v1``).

- ``POST /api/v1/enrol`` — ``{"code", "public_key"}`` → the institution's token and the Department's keys;
- ``GET /api/v1/keys`` — the Department's public keys (for institutions that send packages only);
- ``POST /api/v1/batches`` — a :class:`~desktop.protocol.records.Batch` → a signed receipt;
- ``GET /api/v1/receipts/{sequence}`` — the receipt of an earlier batch (after a lost answer);
- ``GET /api/v1/status`` — the institution's last sequence numbers and synchronisation time.

Every request but the first two carries ``Authorization: Bearer <token>``.  Every refusal is JSON
``{"error": {"code": ..., "message": ...}}`` and stores nothing.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from department import service
from department.config import AppConfig
from department.service import DepartmentError
from desktop.protocol import api as protocol_api
from desktop.protocol.records import Batch

router = APIRouter(prefix=protocol_api.PREFIX)


def error_response(code: str, message: str, status: int, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=status)


def _config(request: Request) -> AppConfig:
    config: AppConfig = request.app.state.config
    return config


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise DepartmentError("request.too_large", f"The request is larger than {limit // (1 << 20)} MiB.", 413)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise DepartmentError("request.too_large", f"The request is larger than {limit // (1 << 20)} MiB.", 413)
        chunks.append(chunk)
    return b"".join(chunks)


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DepartmentError("request.malformed_json", f"The request is not valid JSON: {error}", 400) from error


def _invalid(error: ValidationError) -> DepartmentError:
    problems = [
        {"where": ".".join(str(part) for part in item.get("loc", ())), "problem": item.get("msg", "")}
        for item in error.errors()[:20]
    ]
    first = problems[0] if problems else {"where": "", "problem": ""}
    failure = DepartmentError(
        "request.invalid",
        f"The batch does not follow the protocol: {first['where']}: {first['problem']}",
        422,
    )
    failure.problems = problems  # type: ignore[attr-defined]  # extra detail for the JSON answer
    return failure


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _sep, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


@router.post("/enrol")
async def enrol(request: Request) -> Response:
    config = _config(request)
    body = _json(await _body(request, 1 << 16))
    try:
        asked = protocol_api.EnrolRequest.model_validate(body)
    except ValidationError as error:
        raise _invalid(error) from error
    result = await run_in_threadpool(service.enrol, config.db, config.keys, asked.code, asked.public_key)
    return Response(result.model_dump_json(), media_type="application/json")


@router.get("/keys")
async def keys(request: Request) -> Response:
    return Response(service.public_keys(_config(request).keys).model_dump_json(), media_type="application/json")


@router.post("/batches")
async def batches(request: Request) -> Response:
    config = _config(request)
    bin_ = await run_in_threadpool(service.authenticate, config.db, _bearer(request))
    body = await _body(request, config.max_body_bytes)
    _json(body)
    try:
        batch = Batch.model_validate_json(body)
    except ValidationError as error:
        raise _invalid(error) from error
    signed = await run_in_threadpool(
        service.store_batch, config.db, config.keys, bin_, batch, service.batch_sha256(body)
    )
    return Response(signed.model_dump_json(), media_type="application/json")


@router.get("/receipts/{sequence}")
async def receipt(request: Request, sequence: int) -> Response:
    config = _config(request)
    bin_ = await run_in_threadpool(service.authenticate, config.db, _bearer(request))
    stored = await run_in_threadpool(service.stored_receipt, config.db, bin_, sequence)
    if stored is None:
        raise DepartmentError("receipt.unknown", f"No batch with number {sequence} was received.", 404)
    return Response(stored, media_type="application/json")


@router.get("/status")
async def status(request: Request) -> Response:
    config = _config(request)
    bin_ = await run_in_threadpool(service.authenticate, config.db, _bearer(request))
    result = await run_in_threadpool(service.status, config.db, bin_)
    return Response(result.model_dump_json(), media_type="application/json")
