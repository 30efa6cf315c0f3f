"""Census sheet forms: check a form file, install it, find the form a sheet is filled on.

Forms shipped with the program are the .xlsx files under ``resources/forms``.  The Department can
replace a form without a new release: ``install_form`` checks the file and keeps it in the database
(every version, so that a sheet started on an older one still opens with a list of what changed).
For a kind of sheet, the form installed last wins over the shipped one.
"""

from __future__ import annotations

import hashlib
import logging
import platform
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain import forms
from desktop.domain.errors import ConflictError, FileProblem, NotFoundError, ValidationError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee
from desktop.models.sheets import FormFile

log = logging.getLogger(__name__)
MAX_FORM_BYTES = 20 * 1024 * 1024
_cache: dict[tuple[str, str | None], forms.Form] = {}


@dataclass(frozen=True)
class FormInfo:
    form_id: str
    version: str
    kind: str
    title: dict[str, str]
    questions: int
    origin: str  # "shipped" or "installed"
    sha256: str


@dataclass
class CheckResult:
    ok: bool
    problems: list[forms.FormProblem] = field(default_factory=list)
    info: FormInfo | None = None
    #: What pyxform says beside its errors.
    warnings: list[str] = field(default_factory=list)
    #: What the program notes about the form without refusing it (columns it does not use, defaults
    #: given to form_id and version), each at its sheet, row and column.
    notices: list[forms.FormProblem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "problems": [p.to_json() for p in self.problems],
            "form_id": self.info.form_id if self.info else None,
            "version": self.info.version if self.info else None,
            "kind": self.info.kind if self.info else None,
            "questions": self.info.questions if self.info else None,
            "notices": [p.to_json() for p in self.notices],
        }


def classifier_dirs() -> list[Path]:
    from desktop.resources import resource

    return [resource("classifiers")]


def shipped_dir() -> Path:
    from desktop.resources import resource

    return resource("forms")


def _media(extra: Path | None = None) -> forms.model.MediaLoader:
    folders = [*([extra] if extra else []), *classifier_dirs()]
    return forms.media_from_dirs(*folders)


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _info(form: forms.Form, origin: str, sha: str) -> FormInfo:
    return FormInfo(form.form_id, form.version, form.kind, form.title.as_dict(), len(form.inputs), origin, sha)


def load_bytes(content: bytes, *, folder: Path | None = None, name: str | None = None) -> forms.Form:
    """A form from bytes (cached by content); raises :class:`forms.FormInvalid`.

    ``name`` is the file name without its extension: the form_id of a form whose settings give none."""
    key = (_sha(content), name)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    form = forms.load_form(content, media=_media(folder), name=name)
    _cache[key] = form
    return form


_PYXFORM_ROW = re.compile(r"\[row\s*:\s*(\d+)\]", re.IGNORECASE)
_PYXFORM_SHEET = re.compile(r"'?(survey|choices|settings)'?\s+sheet|sheet\s+'?(survey|choices|settings)'?", re.I)


def _pyxform_problems(content: bytes) -> tuple[list[forms.FormProblem], list[str]]:
    """What the XLSForm reference converter (pyxform) says about the file."""
    import io

    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    warnings: list[str] = []
    try:
        file_type = ".xls" if content[:4] == b"\xd0\xcf\x11\xe0" else ".xlsx"
        convert(io.BytesIO(content), warnings=warnings, file_type=file_type)
    except PyXFormError as exc:
        text = str(exc)
        row = _PYXFORM_ROW.search(text)
        sheet = _PYXFORM_SHEET.search(text)
        sheet_name = (sheet.group(1) or sheet.group(2)).lower() if sheet else "survey"
        column = "type" if "type" in text.lower() or "list" in text.lower() else None
        clean = _PYXFORM_ROW.sub("", text).strip()
        return [
            forms.FormProblem(
                sheet_name,
                int(row.group(1)) if row else None,
                column,
                Message("forms", QT_TRANSLATE_NOOP("forms", "XLSForm check: {detail}"), {"detail": clean[:500]}),
            )
        ], warnings
    except Exception as exc:  # noqa: BLE001 - pyxform raises many kinds of errors on broken files
        return [
            forms.FormProblem(
                "-",
                None,
                None,
                Message(
                    "forms",
                    QT_TRANSLATE_NOOP("forms", "XLSForm check: the file cannot be read ({detail})."),
                    {"detail": type(exc).__name__},
                ),
            )
        ], warnings
    return [], [" ".join(w.split())[:300] for w in warnings]


def check_bytes(content: bytes, *, folder: Path | None = None, name: str | None = None) -> CheckResult:
    """Check a form: our own reading (sheet/row/column for each problem), then pyxform's."""
    problems: list[forms.FormProblem] = []
    form: forms.Form | None = None
    try:
        form = load_bytes(content, folder=folder, name=name)
    except forms.FormInvalid as exc:
        problems.extend(exc.problems)
    if form is not None or not problems:
        more, warnings = _pyxform_problems(content)
        problems.extend(more)
    else:
        warnings = []
    if problems or form is None:
        return CheckResult(False, problems, None, warnings)
    return CheckResult(True, [], _info(form, "file", _sha(content)), warnings, list(form.warnings))


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FORM_BYTES:
            raise FileProblem(
                Message("forms", QT_TRANSLATE_NOOP("forms", "The form file {file} is too large."), {"file": path.name})
            )
        return path.read_bytes()
    except OSError:
        raise FileProblem(
            Message("forms", QT_TRANSLATE_NOOP("forms", "The form file {file} cannot be read."), {"file": path.name}),
            code="form.unreadable",
        ) from None


def check_file(path: Path) -> CheckResult:
    """Check a form file as it would be installed: its lists must be among the program's classifiers."""
    return check_bytes(_read(Path(path)), name=Path(path).stem)


def shipped_forms() -> list[tuple[forms.Form, str]]:
    result = []
    for path in sorted(shipped_dir().glob("*.xlsx")):
        content = path.read_bytes()
        result.append((load_bytes(content, name=path.stem), _sha(content)))
    return result


def install_form(uow: UnitOfWork, path: Path) -> FormInfo:
    """Check a form file and keep it in the database; it becomes the form of new sheets of its kind."""
    content = _read(Path(path))
    result = check_bytes(content, name=Path(path).stem)
    if not result.ok or result.info is None:
        first = result.problems[0]
        raise ValidationError(
            forms.FormMessage(
                "forms",
                QT_TRANSLATE_NOOP("forms", "The form is not valid: {problem}"),
                {"problem": first.as_message()},
            ),
            code="form.invalid",
        )
    info = result.info
    existing = uow.session.scalars(
        select(FormFile).where(FormFile.form_id == info.form_id, FormFile.version == info.version)
    ).first()
    if existing is not None:
        if existing.sha256 == info.sha256:
            return FormInfo(**{**info.__dict__, "origin": "installed"})
        raise ConflictError(
            Message(
                "forms",
                QT_TRANSLATE_NOOP(
                    "forms",
                    "Another file with form {form_id} version {version} is already installed; "
                    "a changed form needs a new version number.",
                ),
                {"form_id": info.form_id, "version": info.version},
            ),
            code="form.version_taken",
        )
    uow.session.add(
        FormFile(
            form_id=info.form_id,
            version=info.version,
            kind=info.kind,
            filename=Path(path).name[:200],
            sha256=info.sha256,
            content=content,
        )
    )
    uow.commit()
    return FormInfo(**{**info.__dict__, "origin": "installed"})


def install_shipped(uow: UnitOfWork) -> list[FormInfo]:
    """Install the forms shipped with the program (the demo does it; a no-op when already there)."""
    return [install_form(uow, path) for path in sorted(shipped_dir().glob("*.xlsx"))]


def list_forms(uow: UnitOfWork) -> list[FormInfo]:
    infos = [_info(form, "shipped", sha) for form, sha in shipped_forms()]
    for row in uow.session.scalars(select(FormFile).order_by(FormFile.id)):
        form = _usable(row.content, row.filename)
        if form is not None:
            infos.append(_info(form, "installed", row.sha256))
    return infos


def _usable(content: bytes, filename: str | None) -> forms.Form | None:
    """An installed form, or None when it no longer loads (e.g. a classifier it used is gone)."""
    try:
        return load_bytes(content, name=Path(filename).stem if filename else None)
    except forms.FormInvalid:
        log.warning("an installed form no longer loads; the next older or shipped form is used")
        return None


def current_form(uow: UnitOfWork, kind: str = "person") -> forms.Form:
    """The form new sheets of ``kind`` are filled on: the one installed last, else the shipped one."""
    rows = uow.session.execute(
        select(FormFile.content, FormFile.filename).where(FormFile.kind == kind).order_by(FormFile.id.desc())
    )
    for content, filename in rows:
        form = _usable(content, filename)
        if form is not None:
            return form
    for form, _sha_value in shipped_forms():
        if form.kind == kind:
            return form
    raise NotFoundError(
        Message("forms", QT_TRANSLATE_NOOP("forms", "No form for {kind} sheets is installed."), {"kind": kind}),
        code="form.missing",
    )


def find_form(uow: UnitOfWork, form_id: str, version: str) -> forms.Form | None:
    """A given version of a form, installed or shipped; ``None`` when it is nowhere."""
    row = uow.session.scalars(select(FormFile).where(FormFile.form_id == form_id, FormFile.version == version)).first()
    if row is not None:
        found = _usable(row.content, row.filename)
        if found is not None:
            return found
    for form, _sha_value in shipped_forms():
        if (form.form_id, form.version) == (form_id, version):
            return form
    return None


def sheet_metadata(uow: UnitOfWork) -> dict[str, str]:
    """What a form's metadata questions take: the employee who fills the sheet (``username``, their
    phone as ``phonenumber``) and the computer (``deviceid``, its network name).  The program keeps no
    e-mail address of an employee, so ``email`` stays empty."""
    metadata = {"deviceid": platform.node()[:100]}
    if uow.actor and uow.actor != "system":
        employee = uow.session.scalars(select(Employee).where(Employee.uuid == uow.actor)).first()
        if employee is not None:
            metadata["username"] = employee.full_name
            if employee.phone:
                metadata["phonenumber"] = employee.phone
    return metadata
