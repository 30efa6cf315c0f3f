"""Census sheets as data: the XLSForm form engine (pure Python, no Qt, no database).

A form is an XLSForm workbook (``survey``, ``choices``, ``settings`` sheets) — the format statisticians
edit in Excel and that ODK, KoboToolbox and SurveyCTO read.  This package reads it into a
:class:`Form` and evaluates answers against it.  The API (stable; changes are only additions):

Loading
    ``load_form(content: bytes, *, media=None, name=None) -> Form`` reads an .xlsx or .xls as pyxform
    reads it (old spellings, defaults; ``name``, the file name without extension, is the form_id of a
    form without one); ``media(file_name)`` returns the rows (``code, name_ru, name_kk[, name_en, …]``) of
    a ``select_one_from_file`` list or of a CSV that ``pulldata()`` reads, e.g.
    ``media_from_dirs(resources/classifiers)``.  ``form.warnings`` are :class:`FormProblem` notes that do
    not stop the form (columns not used, defaults given to form_id and version).  An invalid form
    raises :class:`FormInvalid`, whose
    ``problems`` are :class:`FormProblem` (``sheet``, ``row``, ``column``, ``message``).  The service
    ``desktop.services.forms`` finds, checks (also with pyxform) and installs forms; use it rather than
    this function from views.

The form
    ``form.form_id``, ``form.version``, ``form.kind`` ("person" | "institution"), ``form.title`` (Texts),
    ``form.questions`` (:class:`Question` in form order: inputs, notes, calculations, metadata, repeats;
    no group markers; a question of a repeat has ``repeat``, see ``form.members(repeat)``),
    ``form.by_name[name]``, ``form.inputs``.  A question has ``type`` (integer, decimal, text, date,
    select_one, select_multiple, note, calculate), ``name``, ``label``/``hint`` (:class:`Texts`:
    ``.get(lang)`` with ``lang`` in "ru", "kk", "en"), ``appearance``, ``default_source``, ``groups``.
    ``form.label(name, lang)``, ``form.hint(name, lang)``, ``form.choice_list(question)`` (all
    :class:`Choice`: ``name`` = the code, ``label``), ``form.choice_label(name, code, lang)``.  A select question
    with ``allow_unknown`` also offers :data:`UNKNOWN` ("not known"), last in its choices (added later).

Evaluation
    ``evaluate(form, answers, context=None, confirmed_warnings=None) -> Evaluation``; ``answers`` is
    ``name → value`` as stored in the sheet's JSON: int / float / str, a date as ``"YYYY-MM-DD"``, a
    select_one as its code (str), a select_multiple as a list of codes, a media question as
    ``attachment(file_name, data)``, a repeat as a list of rows (``name → value``).  ``context`` is a
    :class:`Context` (``Context.for_campaign(campaign, metadata=…)``: ages at the census reference
    moment; ``metadata`` the values of ``username``, ``deviceid``, … questions).
    ``confirmed_warnings`` is ``name → reason``.  Never raises, whatever the answers.
    The :class:`Evaluation` has ``relevant`` (set of names), ``required`` (set), ``errors`` and
    ``warnings`` (:class:`Issue`: ``name``, ``kind`` (:class:`IssueKind`), ``message`` — a translatable
    :class:`desktop.domain.text.Message` naming the question in the window's language, ``confirmed``,
    ``reason``), ``calculated`` (name → value), ``values`` (what expressions see), ``order`` (keyboard
    order: relevant inputs and notes), ``missing``, ``stale`` (answers of questions no longer relevant:
    kept in drafts, dropped on completion), ``state`` (:class:`Completion`: empty / draft / complete =
    may be completed: no errors, no missing answer, every warning confirmed), ``can_complete``,
    ``choices(name)`` (the choices the choice filter lets through now), ``issues_of(name)``,
    ``next_name(name)``, ``label(name, lang)`` / ``hint(name, lang)`` (the texts with ``${name}``
    references replaced by the current values, as XLSForm shows them; added after the first version),
    ``defaulted`` (the ``default`` answers standing for questions not answered), ``rows`` and
    ``row_relevant`` (each repeat's rows); an issue in a repeat row is told at the repeat with ``row``
    and ``member``.

Versions
    ``changes_between(old_form, new_form, answers=None) -> list[Change]`` (``name``, ``kind``,
    ``message``): what a sheet started on ``old_form`` meets on ``new_form``;
    ``carry_answers(new_form, answers) -> (kept, set_aside)``.

Prefill
    ``prefill_from_person(form, person) -> answers`` from a register person given as a mapping
    (``surname``, ``name``, ``patronymic``, ``iin``, ``sex`` "M"/"F", ``birth_date``, ``citizenship``,
    ``country_code``, ``residence``): the survey's ``prefill`` column says which question takes which
    field, the choices' ``register`` column maps register codes to choice codes.
    ``prefill_from_row(form, row, columns) -> (answers, rejected)`` for one row of an administration
    file with ``columns`` = header → question name; ``guess_columns(form, headers)`` proposes one.

Expressions
    ``compile_expression(text)`` (raises :class:`ExpressionError`): XLSForm's ``${name}``, XPath's
    operators, the functions of the ODK specification (see ``expressions.FUNCTIONS``), list lookups
    ``instance('list')/root/item[…]/column``, ``position(..)``, ``indexed-repeat()``, and
    ``age(${birth_date})`` — completed years at the reference moment of the census.  Parsed by a small
    recursive-descent parser; never Python's ``eval``.
"""

from desktop.domain.forms.engine import (
    Completion,
    Context,
    Evaluation,
    Issue,
    IssueKind,
    attachment,
    evaluate,
    is_blank,
    normalize,
)
from desktop.domain.forms.expressions import Expression, ExpressionError, Scope, compile_expression, evaluate_text
from desktop.domain.forms.model import (
    LANGUAGES,
    UNKNOWN,
    Choice,
    Form,
    FormInvalid,
    FormMessage,
    FormProblem,
    Question,
    Texts,
)
from desktop.domain.forms.prefill import guess_columns, prefill_from_person, prefill_from_row
from desktop.domain.forms.reading import load_form, media_from_dirs
from desktop.domain.forms.versions import Change, ChangeKind, carry_answers, changes_between

__all__ = [
    "LANGUAGES",
    "UNKNOWN",
    "Change",
    "ChangeKind",
    "Choice",
    "Completion",
    "Context",
    "Evaluation",
    "Expression",
    "ExpressionError",
    "Form",
    "FormInvalid",
    "FormMessage",
    "FormProblem",
    "Issue",
    "IssueKind",
    "Question",
    "Scope",
    "Texts",
    "attachment",
    "carry_answers",
    "changes_between",
    "compile_expression",
    "evaluate",
    "evaluate_text",
    "guess_columns",
    "is_blank",
    "load_form",
    "media_from_dirs",
    "normalize",
    "prefill_from_person",
    "prefill_from_row",
]
