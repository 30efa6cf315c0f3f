"""The form model: an XLSForm workbook (survey, choices, settings) as plain objects.

:mod:`desktop.domain.forms.reading` reads a workbook into them.  Every problem is a
:class:`FormProblem` naming the sheet, the row and the column as the spreadsheet shows them, so that
whoever edits the form in Excel finds it at once.  The program's additions to XLSForm are ordinary
extra columns, which other XLSForm tools ignore:

* ``soft_constraint`` / ``soft_constraint_message::…`` — a warning the employee may confirm with a
  reason, beside the hard ``constraint``;
* ``default_source`` — ``interview``, ``proxy`` or ``records``: where the answer usually comes from;
* ``prefill`` — the register field that fills the question (``surname``, ``name``, ``patronymic``,
  ``full_name``, ``iin``, ``sex``, ``birth_date``, ``citizenship``, ``country_code``); a choices
  sheet column ``register`` maps register codes to choice codes;
* ``allow_unknown`` — ``yes`` on a select question that records or a proxy may not know: it then also
  offers the answer :data:`UNKNOWN` ("Не известно" / "Белгісіз"), which is counted apart from a real
  answer;
* settings ``kind`` (``person`` or ``institution``), ``form_title_<lang>`` and ``status`` (a word on the
  form's standing, shown by ``sanaq forms list``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.forms.expressions import Expression
from desktop.domain.text import QT_TRANSLATE_NOOP, Message, Translate, english

LANGUAGES = ("ru", "kk", "en")
#: The translation of this source text in the ``forms`` catalogue is the catalogue's language code;
#: it lets a Message pick the form's own text in the language the window speaks.
LANGUAGE_MARK = QT_TRANSLATE_NOOP("forms", "en")

#: Questions a person answers.  Location is typed as numbers, media is a file attached from disk,
#: a barcode is typed text, an acknowledgement is "OK".
INPUT_TYPES = (
    "integer",
    "decimal",
    "text",
    "date",
    "time",
    "dateTime",
    "select_one",
    "select_multiple",
    "rank",
    "range",
    "acknowledge",
    "barcode",
    "geopoint",
    "geotrace",
    "geoshape",
    "image",
    "audio",
    "video",
    "file",
)
MEDIA_TYPES = ("image", "audio", "video", "file")
#: A file attached to a media question is kept in the sheet itself (in the database, with its SHA-256),
#: so it travels and is saved with the answers; this keeps sheets small enough to save at every step.
MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024
LOCATION_TYPES = ("geopoint", "geotrace", "geoshape")
SUPPORTED_TYPES = (*INPUT_TYPES, "note", "calculate", "meta", "begin_group", "end_group", "begin_repeat")
#: Metadata filled without a question: from the clock, the employee and the computer.
META_TYPES = (
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "email",
    "phonenumber",
    "simserial",
    "subscriberid",
    "audit",
    "start-geopoint",
    "background-geopoint",
    "background-audio",
)
SOURCES = ("interview", "proxy", "records")
#: The code of the "not known" answer of questions with ``allow_unknown``.
UNKNOWN = "unknown"
PREFILL_FIELDS = (
    "surname",
    "name",
    "patronymic",
    "full_name",
    "iin",
    "sex",
    "birth_date",
    "citizenship",
    "country_code",
    "residence",
    "institution_name",
    "institution_type",
    "institution_kato",
    "institution_address",
    "institution_capacity",
)


class Texts:
    """One text in several languages (``{"ru": ..., "kk": ..., "en": ...}``)."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        self._values = {k: v for k, v in (values or {}).items() if v}

    def get(self, lang: str, *fallbacks: str) -> str:
        for code in (lang, *fallbacks, "ru", "kk", "en"):
            text = self._values.get(code)
            if text:
                return text
        return next(iter(self._values.values()), "")

    def as_dict(self) -> dict[str, str]:
        return dict(self._values)

    def __bool__(self) -> bool:
        return bool(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Texts) and other._values == self._values

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items())))

    def __repr__(self) -> str:
        return f"Texts({self._values!r})"

    def __str__(self) -> str:
        return self.get("en")


def language_of(translate: Translate) -> str:
    code = (translate("forms", LANGUAGE_MARK) or "en").strip().lower()
    return code if code in LANGUAGES else "en"


@dataclass(frozen=True)
class FormMessage(Message):
    """A Message whose parameters may be :class:`Texts` (the form's own words in each language) or
    other Messages (translated with the same translator).

    ``render(translate)`` picks each text in the language of ``translate`` (see :data:`LANGUAGE_MARK`).
    """

    def render(self, translate: Translate = english) -> str:
        lang = language_of(translate)
        params = {
            k: (v.get(lang) if isinstance(v, Texts) else v.render(translate) if isinstance(v, Message) else v)
            for k, v in self.params.items()
        }
        return Message(self.context, self.template, params).render(translate)

    def text(self, lang: str) -> str:
        """The message in ``lang`` without a translator (the form's texts only; the frame in English)."""
        params = {k: (v.get(lang) if isinstance(v, Texts) else v) for k, v in self.params.items()}
        return Message(self.context, self.template, params).render()


@dataclass(frozen=True)
class Choice:
    name: str
    label: Texts
    #: All other columns of the choices row (or of the classifier file), for choice filters.
    columns: Mapping[str, str] = field(default_factory=dict)


UNKNOWN_CHOICE = Choice(UNKNOWN, Texts({"ru": "Не известно", "kk": "Белгісіз", "en": "Not known"}))


@dataclass
class Question:
    """One row of the survey sheet (questions, notes, calculations and group markers)."""

    type: str  # one of SUPPORTED_TYPES
    name: str
    row: int
    #: For ``meta`` questions: which metadata (one of META_TYPES).
    meta: str | None = None
    label: Texts = field(default_factory=Texts)
    hint: Texts = field(default_factory=Texts)
    list_name: str | None = None
    file: str | None = None  # select_*_from_file: the classifier file name
    required: Expression | None = None
    required_message: Texts = field(default_factory=Texts)
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Texts = field(default_factory=Texts)
    soft_constraint: Expression | None = None
    soft_constraint_message: Texts = field(default_factory=Texts)
    calculation: Expression | None = None
    choice_filter: Expression | None = None
    appearance: str = ""
    read_only: bool = False
    default_source: str | None = None
    prefill: str | None = None
    #: The question also offers the answer "not known" (:data:`UNKNOWN`): column ``allow_unknown``.
    allow_unknown: bool = False
    #: The ``default`` column: a fixed answer, or an expression (``default_expression``) when it reads
    #: other answers or calls a function, as pyxform decides.
    default: str | None = None
    default_expression: Expression | None = None
    #: The ``parameters`` column (``start=1 end=10 step=1`` of a range), by name.
    parameters: dict[str, str] = field(default_factory=dict)
    #: Names of the enclosing groups (and repeat), outermost first.
    groups: tuple[str, ...] = ()
    #: The repeat the question is asked in, once per row; ``None`` outside repeats.
    repeat: str | None = None
    #: For a repeat: the ``repeat_count`` column, the number of rows when the form fixes it.
    repeat_count: Expression | None = None
    #: Raw expression texts by column (for change lists and the command line).
    raw: dict[str, str] = field(default_factory=dict)

    @property
    def is_input(self) -> bool:
        return self.type in INPUT_TYPES and not self.read_only

    @property
    def is_select(self) -> bool:
        """A question answered from a choice list: one answer, several, or all of them in order (rank)."""
        return self.type in ("select_one", "select_multiple", "rank")

    def title(self) -> Texts:
        return self.label if self.label else Texts({"en": self.name})


@dataclass
class Form:
    form_id: str
    version: str
    title: Texts
    default_language: str
    questions: list[Question]
    choices: dict[str, list[Choice]]
    settings: dict[str, str]
    #: "person" or "institution" (settings column ``kind``).
    kind: str = "person"
    by_name: dict[str, Question] = field(default_factory=dict)
    choice_index: dict[str, dict[str, Choice]] = field(default_factory=dict)
    #: Evaluation order of questions and groups (dependencies first), computed at load.
    plan: list[Question] = field(default_factory=list)
    groups: dict[str, Question] = field(default_factory=dict)
    #: What the form's author should know but that does not stop the form (columns not used,
    #: settings given defaults), each at its sheet, row and column.
    warnings: list[FormProblem] = field(default_factory=list)
    #: Tables expressions read: the choice lists by name, and the CSV files shipped with the form
    #: (``pulldata('file', …)``, ``instance('file')``) by name without ``.csv``.
    files: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    _instances: dict[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict, repr=False)
    #: The questions of each repeat in an order where what an expression reads comes first.
    row_plans: dict[str, list[Question]] = field(default_factory=dict)

    def members(self, repeat: str) -> list[Question]:
        """The questions asked in each row of a repeat, in form order."""
        return [q for q in self.questions if q.repeat == repeat]

    def question(self, name: str) -> Question:
        return self.by_name[name]

    @property
    def inputs(self) -> list[Question]:
        return [q for q in self.questions if q.is_input]

    def choice_list(self, question: Question) -> list[Choice]:
        key = question.list_name or question.file or ""
        items = self.choices.get(key, [])
        return [*items, UNKNOWN_CHOICE] if question.allow_unknown else items

    def choice(self, question: Question, code: str) -> Choice | None:
        if question.allow_unknown and code == UNKNOWN:
            return UNKNOWN_CHOICE
        key = question.list_name or question.file or ""
        return self.choice_index.get(key, {}).get(code)

    def label(self, name: str, lang: str) -> str:
        return self.by_name[name].title().get(lang, self.default_language)

    def hint(self, name: str, lang: str) -> str:
        return self.by_name[name].hint.get(lang, self.default_language)

    def choice_label(self, name: str, code: str, lang: str) -> str:
        choice = self.choice(self.by_name[name], code)
        if choice is None:
            return code
        return choice.label.get(lang, self.default_language) or choice.name

    # The two lookups expressions make (:class:`desktop.domain.forms.expressions.Lookups`).

    def instance(self, name: str) -> Sequence[Mapping[str, Any]]:
        """The rows of a choice list (``name``, ``label`` and its other columns) or of a shipped CSV file."""
        rows = self._instances.get(name)
        if rows is None:
            if name in self.files:
                rows = self.files[name]
            elif name.removesuffix(".csv") in self.files:
                rows = self.files[name.removesuffix(".csv")]
            else:
                rows = [
                    {**choice.columns, "name": choice.name, "label": choice.label.get(self.default_language)}
                    for choice in self.choices.get(name, [])
                ]
            self._instances[name] = rows
        return rows

    def choice_label_of(self, question: str, code: str) -> str:
        """The label of ``code`` among the choices of ``question`` in the default language."""
        if question not in self.by_name:
            return ""
        return self.choice_label(question, code, self.default_language)


# ---------------------------------------------------------------- problems


@dataclass(frozen=True)
class FormProblem:
    """One thing wrong with a form file, located as the spreadsheet shows it."""

    sheet: str
    row: int | None
    column: str | None
    message: Message

    def render(self, translate: Translate = english) -> str:
        return self.as_message().render(translate)

    def as_message(self) -> FormMessage:
        """The whole problem (where and what) as one translatable message."""
        where = Message(
            "forms",
            QT_TRANSLATE_NOOP("forms", "sheet “{sheet}”, row {row}, column “{column}”"),
            {"sheet": self.sheet, "row": self.row if self.row is not None else "-", "column": self.column or "-"},
        )
        return FormMessage("forms", "{where}: {what}", {"where": where, "what": self.message})

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message.render()}


class FormInvalid(ValueError):
    """A form file that cannot be used; ``problems`` says where and why."""

    def __init__(self, problems: list[FormProblem]) -> None:
        super().__init__("; ".join(p.render() for p in problems[:5]))
        self.problems = problems


def _problem(sheet: str, row: int | None, column: str | None, template: str, **params: Any) -> FormProblem:
    return FormProblem(sheet, row, column, Message("forms", template, params))


MediaLoader = Callable[[str], list[dict[str, str]] | None]
