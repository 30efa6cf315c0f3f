"""Census sheet forms: check a form file, install it, find the form a sheet is filled on.

Forms shipped with the program are the .xlsx files under ``resources/forms``.  The Department can
replace a form without a new release: ``install_form`` checks the file and keeps it in the database
(every version, so that a sheet started on an older one still opens with a list of what changed).
For a kind of sheet, the form installed last wins over the shipped one.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import platform
import re
import zipfile
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


def _data(folder: Path | None, shipped: dict[str, bytes] | None) -> forms.model.MediaLoader:
    """The CSV files ``pulldata()`` reads: shipped with the form (kept with it when installed), beside
    the form file, then the program's classifiers.  The lists of ``select_*_from_file`` are always the
    program's classifiers: coded answers must mean what the Department's classifiers say."""
    from_folders = forms.media_from_dirs(*([folder] if folder else []), *classifier_dirs())

    def load(file: str) -> list[dict[str, str]] | None:
        if shipped and file in shipped:
            text = shipped[file].decode("utf-8-sig", errors="replace")
            return [dict(row) for row in csv.DictReader(io.StringIO(text))]
        return from_folders(file)

    return load


# An installed form that reads CSV files shipped beside it (pulldata(), select_*_from_file) is kept
# as one zip: the workbook under this name, and the files under "media/".
_BUNDLE_MARK = "sanaq-form-bundle.txt"
_MAX_MEDIA_BYTES = 20 * 1024 * 1024


def _bundle(content: bytes, name: str, media: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_BUNDLE_MARK, "A census sheet form and the files it reads.\n")
        archive.writestr(f"form/{name}", content)
        for file, data in sorted(media.items()):
            archive.writestr(f"media/{file}", data)
    return buffer.getvalue()


def _unbundle(content: bytes) -> tuple[bytes, dict[str, bytes]] | None:
    """The workbook and its files, when ``content`` is a bundle (else None: a plain workbook)."""
    if content[:2] != b"PK":
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = archive.namelist()
            if _BUNDLE_MARK not in names:
                return None
            form = next(n for n in names if n.startswith("form/"))
            media = {n.removeprefix("media/"): archive.read(n) for n in names if n.startswith("media/")}
            return archive.read(form), media
    except (zipfile.BadZipFile, StopIteration, KeyError, OSError):
        return None


def _files_beside(content: bytes, path: Path, name: str) -> dict[str, bytes]:
    """The CSV files beside ``path`` that the form's ``pulldata()`` reads (not among the classifiers)."""
    wanted: set[str] = set()
    beside = forms.media_from_dirs(path.parent)
    classifiers = forms.media_from_dirs(*classifier_dirs())

    def record(file: str) -> list[dict[str, str]] | None:
        rows = classifiers(file)
        if rows is None:
            rows = beside(file)
            if rows is not None:
                wanted.add(file)
        return rows

    try:
        forms.load_form(content, media=_media(), data=record, name=name)
    except forms.FormInvalid:
        return {}
    found: dict[str, bytes] = {}
    for file in sorted(wanted):
        if (path.parent / file).stat().st_size > _MAX_MEDIA_BYTES:
            raise FileProblem(
                Message("forms", QT_TRANSLATE_NOOP("forms", "The form file {file} is too large."), {"file": file})
            )
        found[file] = (path.parent / file).read_bytes()
    return found


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
    bundled = _unbundle(content)
    workbook, shipped = bundled if bundled is not None else (content, None)
    form = forms.load_form(workbook, media=_media(), data=_data(folder, shipped), name=name)
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
    """Check a form file as it would be installed: its lists must be among the program's classifiers or
    CSV files beside it (installed with it)."""
    path = Path(path)
    return check_bytes(_read(path), folder=path.parent, name=path.stem)


def shipped_forms() -> list[tuple[forms.Form, str]]:
    result = []
    for path in sorted(shipped_dir().glob("*.xlsx")):
        content = path.read_bytes()
        result.append((load_bytes(content, name=path.stem), _sha(content)))
    return result


def install_form(uow: UnitOfWork, path: Path) -> FormInfo:
    """Check a form file and keep it in the database; it becomes the form of new sheets of its kind."""
    path = Path(path)
    content = _read(path)
    result = check_bytes(content, folder=path.parent, name=path.stem)
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
            filename=path.name[:200],
            sha256=info.sha256,
            content=_stored(content, path),
        )
    )
    uow.commit()
    return FormInfo(**{**info.__dict__, "origin": "installed"})


def _stored(content: bytes, path: Path) -> bytes:
    """What the database keeps of a form: the workbook, with the CSV files beside it that it reads."""
    try:
        media = _files_beside(content, path, path.stem)
    except OSError:
        raise FileProblem(
            Message("forms", QT_TRANSLATE_NOOP("forms", "The form file {file} cannot be read."), {"file": path.name}),
            code="form.unreadable",
        ) from None
    return _bundle(content, path.name, media) if media else content


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
