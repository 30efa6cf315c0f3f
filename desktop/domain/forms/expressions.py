"""The XLSForm expression subset, parsed and evaluated safely (never with Python's ``eval``).

Grammar (lowest precedence first)::

    or  →  and ("or" and)*
    and →  eq ("and" eq)*
    eq  →  rel (("=" | "!=") rel)*
    rel →  add (("<" | "<=" | ">" | ">=") add)*
    add →  mul (("+" | "-") mul)*
    mul →  una (("*" | "div" | "mod") una)*
    una →  "-" una | primary
    primary → number | 'string' | "string" | ${name} | "." | name "(" args ")" | name | "(" or ")"

``${name}`` is the answer to another question, ``.`` the answer being checked (constraints), a bare
``name`` a column of the choices sheet (choice filters only).  Functions: ``selected``,
``count-selected``, ``string-length``, ``regex``, ``if``, ``coalesce``, ``today``, ``date``, ``int``,
``number``, ``string``, ``concat``, ``not``, ``true``, ``false``, ``round``, ``contains``,
``starts-with``, ``substr``, and ``age`` — completed years at the census reference moment.

Values follow XPath 1.0 rules: an unanswered question is ``""``, numbers are floats, a failed
conversion is NaN (every comparison with NaN is false), dates are ``YYYY-MM-DD`` strings.
Compilation rejects malformed text with :class:`ExpressionError`; evaluation of a compiled
expression never raises, whatever the answers are.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Protocol

import regex

from desktop.domain.text import QT_TRANSLATE_NOOP, Message

MAX_LENGTH = 4000
MAX_DEPTH = 240
MAX_TOKENS = 600
MAX_REGEX_INPUT = 2000
REGEX_SECONDS = 0.05  # the most one regex() may take on one value (the regex module's timeout)
NAN = float("nan")
_EPOCH = dt.date(1970, 1, 1)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ExpressionError(ValueError):
    """A malformed expression; ``message`` says what is wrong, in words a form author understands."""

    def __init__(self, message: Message, expression: str) -> None:
        super().__init__(message.render())
        self.message = message
        self.expression = expression


class Lookups(Protocol):
    """What a form lends its expressions: its lists, the CSV files shipped with it, choice labels."""

    def instance(self, name: str) -> Sequence[Mapping[str, Any]]: ...

    def choice_label_of(self, question: str, code: str) -> str: ...


class NodeSet(tuple[Any, ...]):
    """The values an XPath path selects (``instance('list')/root/item[…]/column``), in order."""

    __slots__ = ()


@dataclass
class Scope:
    """What an expression sees while it is evaluated."""

    values: Mapping[str, Any]
    reference_date: dt.date
    today: dt.date
    current: Any = None
    row: Mapping[str, Any] = field(default_factory=dict)
    #: The form's lists and files (``instance()``, ``pulldata()``, ``jr:choice-name()``).
    lookups: Lookups | None = None
    #: The value the question had before this evaluation (what ``once()`` keeps).
    previous: Any = None
    #: Inside a repeat: the row's number, from 1 (``position(..)``).
    position: int = 0
    #: Every row's value of each question in a repeat (``indexed-repeat()``, ``count()``, ``sum()``).
    rows: Mapping[str, NodeSet] = field(default_factory=dict)


Compiled = Callable[[Scope], Any]


# ---------------------------------------------------------------- conversions (total functions)


def is_date_text(value: Any) -> bool:
    return isinstance(value, str) and bool(_DATE.match(value))


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def to_number(value: Any) -> float:
    if value is None:
        return NAN
    if isinstance(value, NodeSet):
        return to_number(value[0]) if value else NAN
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int):
        try:
            return float(value)
        except OverflowError:
            return math.copysign(math.inf, value)
    if isinstance(value, float):
        return value
    if isinstance(value, dt.date):
        return float((parse_date(value) or _EPOCH).toordinal() - _EPOCH.toordinal())
    if isinstance(value, str):
        text = value.strip()
        if not text or len(text) > 400:
            return NAN
        day = parse_date(text)
        if day is not None:
            return float(day.toordinal() - _EPOCH.toordinal())
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            return NAN
        try:
            return float(text)
        except (ValueError, OverflowError):
            return NAN
    return NAN


def to_string(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, NodeSet):
        return to_string(value[0]) if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return " ".join(to_string(item) for item in value)
    return str(value)


def to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return not (value == 0 or math.isnan(value))
    if value is None:
        return False
    if isinstance(value, list | tuple):
        return len(value) > 0
    return to_string(value) != ""


def selection(value: Any) -> list[str]:
    """The codes of a multiple choice, stored as a list or as XLSForm's space-separated text."""
    if value is None:
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return [to_string(item) for item in value if to_string(item) != ""]
    return to_string(value).split()


# ---------------------------------------------------------------- operators


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, NodeSet):
        return any(_equal(item, b) for item in a)
    if isinstance(b, NodeSet):
        return any(_equal(a, item) for item in b)
    if isinstance(a, bool) or isinstance(b, bool):
        return to_bool(a) == to_bool(b)
    if isinstance(a, int | float) or isinstance(b, int | float):
        return to_number(a) == to_number(b)
    return to_string(a) == to_string(b)


def _compare(op: str, a: Any, b: Any) -> bool:
    if is_date_text(a) and is_date_text(b):
        x: Any = a
        y: Any = b
    else:
        x, y = to_number(a), to_number(b)
        if math.isnan(x) or math.isnan(y):
            return False
    if op == "<":
        return bool(x < y)
    if op == "<=":
        return bool(x <= y)
    if op == ">":
        return bool(x > y)
    return bool(x >= y)


def _arith(op: str, a: Any, b: Any) -> float:
    x, y = to_number(a), to_number(b)
    try:
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "div":
            if y == 0:
                if x == 0 or math.isnan(x):
                    return NAN
                return math.copysign(math.inf, x) * math.copysign(1.0, y)
            return x / y
        if y == 0 or math.isinf(x) or math.isnan(x) or math.isnan(y):
            return NAN
        return math.fmod(x, y)
    except (OverflowError, ValueError):
        return NAN


# ---------------------------------------------------------------- functions


def _age(scope: Scope, value: Any) -> float:
    born = parse_date(value)
    if born is None:
        return NAN
    on = scope.reference_date
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return float(years)


def _date(scope: Scope, value: Any) -> str:
    day = parse_date(value)
    if day is not None:
        return day.isoformat()
    number = to_number(value)
    if math.isnan(number) or math.isinf(number) or abs(number) > 2_000_000:
        return ""
    try:
        return (_EPOCH + dt.timedelta(days=int(number))).isoformat()
    except (OverflowError, ValueError):
        return ""


def _int(scope: Scope, value: Any) -> float:
    number = to_number(value)
    if math.isnan(number) or math.isinf(number):
        return NAN
    return float(math.trunc(number))


def _round(scope: Scope, value: Any, digits: Any = 0.0) -> float:
    """XPath's round: halves go towards positive infinity (``round(2.5)`` = 3, ``round(-2.5)`` = -2),
    on the decimal digits a person reads (``round(0.125, 2)`` = 0.13), never Python's half-to-even."""
    number = to_number(value)
    places = to_number(digits)
    if math.isnan(number) or math.isinf(number) or math.isnan(places) or abs(places) > 15:
        return NAN if math.isnan(number) or math.isnan(places) else number
    try:
        exact = Decimal(repr(number))
        step = Decimal(1).scaleb(-int(places))
        rounded = exact.quantize(step, rounding=ROUND_HALF_UP if number >= 0 else ROUND_HALF_DOWN)
        return float(rounded) + 0.0
    except (OverflowError, ValueError, InvalidOperation):
        return NAN


def _numbers(values: Iterable[Any]) -> list[float]:
    """The numbers of a list of arguments, node-sets opened (``max(${a}, ${b})``, ``sum(path)``)."""
    result: list[float] = []
    for value in values:
        if isinstance(value, NodeSet):
            result.extend(to_number(item) for item in value)
        else:
            result.append(to_number(value))
    return result


def _max(scope: Scope, *values: Any) -> float:
    numbers = _numbers(values)
    if not numbers or any(math.isnan(n) for n in numbers):
        return NAN
    return max(numbers)


def _min(scope: Scope, *values: Any) -> float:
    numbers = _numbers(values)
    if not numbers or any(math.isnan(n) for n in numbers):
        return NAN
    return min(numbers)


def _sum(scope: Scope, *values: Any) -> float:
    return math.fsum(_numbers(values)) if values else 0.0


def _count(scope: Scope, value: Any) -> float:
    if isinstance(value, NodeSet | list | tuple):
        return float(len(value))
    return 1.0 if to_string(value) != "" else 0.0


def _count_non_empty(scope: Scope, value: Any) -> float:
    if isinstance(value, NodeSet | list | tuple):
        return float(sum(1 for item in value if to_string(item) != ""))
    return 1.0 if to_string(value) != "" else 0.0


def _join(scope: Scope, separator: Any, *values: Any) -> str:
    parts: list[str] = []
    for value in values:
        parts.extend(to_string(item) for item in (value if isinstance(value, NodeSet | list) else [value]))
    return to_string(separator).join(parts)[:100_000]


def _math(function: Callable[..., float]) -> Callable[..., float]:
    """A math function of the specification over XPath numbers: NaN where it is undefined, never an error."""

    def run(scope: Scope, *values: Any) -> float:
        numbers = [to_number(v) for v in values]
        try:
            return float(function(*numbers))
        except (ValueError, OverflowError, ZeroDivisionError):
            return NAN

    return run


def _pow(x: float, y: float) -> float:
    try:
        return math.pow(x, y)
    except OverflowError:
        return math.inf
    except (ValueError, ZeroDivisionError):
        return NAN


def _log(x: float) -> float:
    if x == 0:
        return -math.inf
    return math.log(x) if x > 0 else NAN


def _log10(x: float) -> float:
    if x == 0:
        return -math.inf
    return math.log10(x) if x > 0 else NAN


def _once(scope: Scope, value: Any) -> Any:
    """The value the question already has, if any; else ``value`` (a random draw is kept, not redrawn)."""
    previous = scope.previous
    if previous is not None and to_string(previous) != "":
        return previous
    return value


_DATE_FORMATS = {
    "%Y": lambda d: f"{d.year:04d}",
    "%y": lambda d: f"{d.year % 100:02d}",
    "%m": lambda d: f"{d.month:02d}",
    "%n": lambda d: str(d.month),
    "%d": lambda d: f"{d.day:02d}",
    "%e": lambda d: str(d.day),
    "%b": lambda d: d.strftime("%b") if isinstance(d, dt.date) else "",
    "%a": lambda d: d.strftime("%a") if isinstance(d, dt.date) else "",
    "%H": lambda d: f"{getattr(d, 'hour', 0):02d}",
    "%h": lambda d: str(getattr(d, "hour", 0)),
    "%M": lambda d: f"{getattr(d, 'minute', 0):02d}",
    "%S": lambda d: f"{getattr(d, 'second', 0):02d}",
    "%3": lambda d: f"{getattr(d, 'microsecond', 0) // 1000:03d}",
}


def _format_date(scope: Scope, value: Any, pattern: Any) -> str:
    text = to_string(value).strip()
    moment: dt.date | None
    try:
        moment = dt.datetime.fromisoformat(text) if "T" in text else parse_date(value)
    except ValueError:
        moment = None
    if moment is None:
        number = to_number(value)
        if math.isnan(number) or math.isinf(number) or abs(number) > 2_000_000:
            return ""
        moment = _EPOCH + dt.timedelta(days=int(math.floor(number)))
    return re.sub(r"%[YymndebaHhMS3]", lambda m: _DATE_FORMATS[m.group(0)](moment), to_string(pattern))


def _now(scope: Scope) -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="milliseconds")


def _boolean_from_string(scope: Scope, value: Any) -> bool:
    return to_string(value).strip().lower() in ("true", "1")


def _translate(scope: Scope, value: Any, source: Any, target: Any) -> str:
    old, new = to_string(source), to_string(target)
    table: dict[int, int | None] = {}
    for index, char in enumerate(old):
        table.setdefault(ord(char), ord(new[index]) if index < len(new) else None)
    return to_string(value).translate(table)


def _substring_before(scope: Scope, value: Any, part: Any) -> str:
    text, needle = to_string(value), to_string(part)
    return text.split(needle, 1)[0] if needle and needle in text else ""


def _substring_after(scope: Scope, value: Any, part: Any) -> str:
    text, needle = to_string(value), to_string(part)
    if not needle:
        return text
    return text.split(needle, 1)[1] if needle in text else ""


def _selected_at(scope: Scope, value: Any, index: Any) -> str:
    codes = selection(value)
    position = to_number(index)
    if math.isnan(position) or not 0 <= position < len(codes):
        return ""
    return codes[int(position)]


def _choice_name(scope: Scope, value: Any, question: Any) -> str:
    name = to_string(question).strip()
    if name.startswith("${") and name.endswith("}"):
        name = name[2:-1].strip()
    name = name.rsplit("/", 1)[-1]
    if scope.lookups is None or to_string(value) == "":
        return ""
    return scope.lookups.choice_label_of(name, to_string(value))


def _pulldata(scope: Scope, file: Any, column: Any, key_column: Any, key: Any) -> str:
    if scope.lookups is None:
        return ""
    wanted, where, match = to_string(column), to_string(key_column), to_string(key)
    for row in scope.lookups.instance(to_string(file)):
        if to_string(row.get(where, "")) == match:
            return to_string(row.get(wanted, ""))
    return ""


def _decimal_date_time(scope: Scope, value: Any) -> float:
    text = to_string(value).strip()
    try:
        moment = dt.datetime.fromisoformat(text) if "T" in text else None
    except ValueError:
        return NAN
    if moment is None:
        return to_number(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return (moment - dt.datetime(1970, 1, 1)).total_seconds() / 86400


@lru_cache(maxsize=256)
def _pattern(text: str) -> regex.Pattern[str] | None:
    try:
        return regex.compile(text)
    except (regex.error, RecursionError, OverflowError, ValueError):
        return None


def _regex(scope: Scope, value: Any, pattern: Any) -> bool:
    """Whether the pattern matches; a pattern that takes longer than :data:`REGEX_SECONDS` on a value
    (catastrophic backtracking, e.g. ``^(a|aa)+$``) does not match, instead of freezing the form."""
    compiled = _pattern(to_string(pattern))
    text = to_string(value)
    if compiled is None or len(text) > MAX_REGEX_INPUT:
        return False
    try:
        return compiled.search(text, timeout=REGEX_SECONDS) is not None
    except TimeoutError:
        return False


def _substr(scope: Scope, value: Any, start: Any, end: Any = None) -> str:
    text = to_string(value)
    first = to_number(start)
    if math.isnan(first):
        return ""
    first = max(0.0, min(first, len(text)))
    if end is None:
        return text[int(first) :]
    last = to_number(end)
    if math.isnan(last):
        return ""
    last = max(0.0, min(last, len(text)))
    return text[int(first) : int(last)]


def _coalesce(scope: Scope, a: Any, b: Any) -> Any:
    return a if to_string(a) != "" else b


def _concat(scope: Scope, *values: Any) -> str:
    return "".join(to_string(v) for v in values)[:100_000]


#: name → (function, minimum arguments, maximum arguments or None)
FUNCTIONS: dict[str, tuple[Callable[..., Any], int, int | None]] = {
    "selected": (lambda s, a, b: to_string(b) in selection(a), 2, 2),
    "count-selected": (lambda s, a: float(len(selection(a))), 1, 1),
    "selected-at": (_selected_at, 2, 2),
    "jr:choice-name": (_choice_name, 2, 2),
    "string-length": (lambda s, a: float(len(to_string(a))), 1, 1),
    "regex": (_regex, 2, 2),
    "coalesce": (_coalesce, 2, 2),
    "today": (lambda s: s.today.isoformat(), 0, 0),
    "now": (_now, 0, 0),
    "date": (_date, 1, 1),
    "date-time": (_date, 1, 1),
    "decimal-date-time": (_decimal_date_time, 1, 1),
    "format-date": (_format_date, 2, 2),
    "format-date-time": (_format_date, 2, 2),
    "int": (_int, 1, 1),
    "number": (lambda s, a: to_number(a), 1, 1),
    "string": (lambda s, a: to_string(a), 1, 1),
    "boolean": (lambda s, a: to_bool(a), 1, 1),
    "boolean-from-string": (_boolean_from_string, 1, 1),
    "concat": (_concat, 1, None),
    "join": (_join, 1, None),
    "not": (lambda s, a: not to_bool(a), 1, 1),
    "true": (lambda s: True, 0, 0),
    "false": (lambda s: False, 0, 0),
    "round": (_round, 1, 2),
    "contains": (lambda s, a, b: to_string(b) in to_string(a), 2, 2),
    "starts-with": (lambda s, a, b: to_string(a).startswith(to_string(b)), 2, 2),
    "ends-with": (lambda s, a, b: to_string(a).endswith(to_string(b)), 2, 2),
    "substr": (_substr, 2, 3),
    "substring-before": (_substring_before, 2, 2),
    "substring-after": (_substring_after, 2, 2),
    "translate": (_translate, 3, 3),
    "normalize-space": (lambda s, a: " ".join(to_string(a).split()), 1, 1),
    "uuid": (lambda s: str(uuid.uuid4()), 0, 0),
    "random": (lambda s: random.random(), 0, 0),  # noqa: S311 - a survey draw, not a secret
    "once": (_once, 1, 1),
    "position": (lambda s, *row: float(s.position), 0, 1),
    "pulldata": (_pulldata, 4, 4),
    "count": (_count, 1, 1),
    "count-non-empty": (_count_non_empty, 1, 1),
    "sum": (_sum, 1, None),
    "max": (_max, 1, None),
    "min": (_min, 1, None),
    "abs": (_math(abs), 1, 1),
    "floor": (_math(math.floor), 1, 1),
    "ceiling": (_math(math.ceil), 1, 1),
    "sqrt": (_math(lambda x: math.sqrt(x) if x >= 0 else NAN), 1, 1),
    "pow": (_math(_pow), 2, 2),
    "exp": (_math(math.exp), 1, 1),
    "exp10": (_math(lambda x: _pow(10.0, x)), 1, 1),
    "log": (_math(_log), 1, 1),
    "log10": (_math(_log10), 1, 1),
    "sin": (_math(math.sin), 1, 1),
    "cos": (_math(math.cos), 1, 1),
    "tan": (_math(math.tan), 1, 1),
    "asin": (_math(lambda x: math.asin(x) if -1 <= x <= 1 else NAN), 1, 1),
    "acos": (_math(lambda x: math.acos(x) if -1 <= x <= 1 else NAN), 1, 1),
    "atan": (_math(math.atan), 1, 1),
    "atan2": (_math(math.atan2), 2, 2),
    "pi": (_math(lambda: math.pi), 0, 0),
    "age": (_age, 1, 1),
}


# ---------------------------------------------------------------- tokenizer and parser

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<ref>\$\{(?P<refname>[^}]*)\})
      | (?P<num>\d+(?:\.\d*)?|\.\d+)
      | (?P<str>'[^']*'|"[^"]*")
      | (?P<op>!=|<=|>=|=|<|>|\+|-|\*|\(|\)|,|\[|\]|/)
      | (?P<name>[A-Za-z_][A-Za-z0-9_\-.:]*)
      | (?P<dot>\.\.|\.)
    )""",
    re.VERBOSE,
)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-.]*$")


@dataclass(frozen=True)
class Token:
    kind: str  # ref num str op name dot end
    text: str
    position: int


def _error(expression: str, template: str, **params: Any) -> ExpressionError:
    shown = expression if len(expression) <= 160 else expression[:157] + "…"
    return ExpressionError(Message("forms", template, {"expression": shown, **params}), expression)


def tokenize(expression: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    length = len(expression)
    while position < length:
        if expression[position:].strip() == "":
            break
        match = _TOKEN.match(expression, position)
        if match is None or match.end() == position:
            start = position + (len(expression[position:]) - len(expression[position:].lstrip()))
            raise _error(
                expression,
                QT_TRANSLATE_NOOP("forms", "Unexpected character “{char}” at position {position} of “{expression}”."),
                char=expression[start : start + 1],
                position=start + 1,
            )
        start = match.start(match.lastgroup or 0)
        if match.group("ref") is not None:
            name = match.group("refname").strip()
            if not _NAME.match(name):
                raise _error(
                    expression,
                    QT_TRANSLATE_NOOP("forms", "“${{{name}}}” is not a question name in “{expression}”."),
                    name=name,
                )
            tokens.append(Token("ref", name, start))
        elif match.group("num") is not None:
            tokens.append(Token("num", match.group("num"), start))
        elif match.group("str") is not None:
            tokens.append(Token("str", match.group("str")[1:-1], start))
        elif match.group("op") is not None:
            tokens.append(Token("op", match.group("op"), start))
        elif match.group("name") is not None:
            text = match.group("name")
            kind = "op" if text in ("and", "or", "div", "mod") else "name"
            tokens.append(Token(kind, text, start))
        else:
            tokens.append(Token("dot", match.group("dot"), start))
        position = match.end()
    tokens.append(Token("end", "", length))
    return tokens


@dataclass
class Expression:
    """A compiled expression: its text, the questions it reads and the function that evaluates it."""

    text: str
    refs: frozenset[str]
    uses_current: bool
    columns: frozenset[str]
    _run: Compiled
    #: Lists read with ``instance('name')`` and files read with ``pulldata('name', …)``.
    instances: frozenset[str] = frozenset()
    files: frozenset[str] = frozenset()

    def evaluate(self, scope: Scope) -> Any:
        try:
            return self._run(scope)
        except (RecursionError, MemoryError, OverflowError, ValueError, TypeError, ZeroDivisionError):
            # Compiled expressions are total by construction; this is the last guard, never a crash.
            return NAN

    def truth(self, scope: Scope) -> bool:
        return to_bool(self.evaluate(scope))


class _Parser:
    def __init__(self, expression: str, allow_columns: bool) -> None:
        self.text = expression
        self.tokens = tokenize(expression)
        if len(self.tokens) > MAX_TOKENS:
            raise _error(expression, QT_TRANSLATE_NOOP("forms", "“{expression}” is too long."))
        self.index = 0
        self.depth = 0
        self.refs: set[str] = set()
        self.columns: set[str] = set()
        self.uses_current = False
        self.allow_columns = allow_columns
        self.instances: set[str] = set()
        self.files: set[str] = set()

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.kind != "op" or token.text != text:
            raise self.unexpected(token, text)

    def unexpected(self, token: Token, wanted: str | None = None) -> ExpressionError:
        if token.kind == "end":
            return _error(self.text, QT_TRANSLATE_NOOP("forms", "“{expression}” ends too early."))
        if wanted:
            return _error(
                self.text,
                QT_TRANSLATE_NOOP(
                    "forms", "Expected “{wanted}” but found “{found}” at position {position} of “{expression}”."
                ),
                wanted=wanted,
                found=token.text,
                position=token.position + 1,
            )
        return _error(
            self.text,
            QT_TRANSLATE_NOOP("forms", "Unexpected “{found}” at position {position} of “{expression}”."),
            found=token.text,
            position=token.position + 1,
        )

    def parse(self) -> Compiled:
        node = self.binary(0)
        token = self.peek()
        if token.kind != "end":
            raise self.unexpected(token)
        return node

    _LEVELS: tuple[tuple[str, ...], ...] = (
        ("or",),
        ("and",),
        ("=", "!="),
        ("<", "<=", ">", ">="),
        ("+", "-"),
        ("*", "div", "mod"),
    )

    def binary(self, level: int) -> Compiled:
        if level == len(self._LEVELS):
            return self.unary()
        self.enter()
        left = self.binary(level + 1)
        operators = self._LEVELS[level]
        while self.peek().kind == "op" and self.peek().text in operators:
            op = self.take().text
            right = self.binary(level + 1)
            left = _combine(op, left, right)
        self.depth -= 1
        return left

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _error(self.text, QT_TRANSLATE_NOOP("forms", "“{expression}” is nested too deeply."))

    def unary(self) -> Compiled:
        token = self.peek()
        if token.kind == "op" and token.text == "-":
            self.take()
            self.enter()
            inner = self.unary()
            self.depth -= 1
            return lambda s: -to_number(inner(s))
        return self.primary()

    def primary(self) -> Compiled:
        token = self.take()
        if token.kind == "num":
            number = float(token.text)
            return lambda s: number
        if token.kind == "str":
            text = token.text
            return lambda s: text
        if token.kind == "ref":
            name = token.text
            self.refs.add(name)
            return lambda s: s.values.get(name, "")
        if token.kind == "dot" and token.text == ".":
            self.uses_current = True
            return lambda s: s.current
        if token.kind == "dot":  # "..": the repeat row around the question, as position(..) reads it
            return lambda s: float(s.position)
        if token.kind == "op" and token.text == "(":
            self.enter()
            inner = self.binary(0)
            self.depth -= 1
            self.expect(")")
            return inner
        if token.kind == "name":
            if self.peek().kind == "op" and self.peek().text == "(":
                if token.text == "instance":
                    return self.instance_path()
                if token.text == "indexed-repeat":
                    return self.indexed_repeat()
                return self.call(token)
            if not self.allow_columns:
                raise _error(
                    self.text,
                    QT_TRANSLATE_NOOP(
                        "forms",
                        "“{name}” in “{expression}” is neither a function call nor a question: write ${{{name}}}.",
                    ),
                    name=token.text,
                )
            column = token.text
            self.columns.add(column)
            return lambda s: s.row.get(column, "")
        raise self.unexpected(token)

    def instance_path(self) -> Compiled:
        """``instance('list')/root/item[predicate]/column``: the column of the items the predicate keeps."""
        self.expect("(")
        token = self.take()
        if token.kind != "str":
            raise _error(
                self.text, QT_TRANSLATE_NOOP("forms", "instance() takes a list name in quotes in “{expression}”.")
            )
        self.expect(")")
        list_name = token.text
        self.instances.add(list_name)
        steps: list[str] = []
        predicate: Compiled | None = None
        while self.peek().kind == "op" and self.peek().text == "/":
            self.take()
            step = self.take()
            if step.kind != "name":
                raise self.unexpected(step)
            steps.append(step.text)
            if self.peek().kind == "op" and self.peek().text == "[":
                self.take()
                allowed, self.allow_columns = self.allow_columns, True
                predicate = self.binary(0)
                self.allow_columns = allowed
                self.expect("]")
        if steps[:2] != ["root", "item"] or len(steps) > 3:
            raise _error(
                self.text,
                QT_TRANSLATE_NOOP(
                    "forms", "Write a list lookup as instance('list')/root/item[…]/column in “{expression}”."
                ),
            )
        column = steps[2] if len(steps) == 3 else "name"
        return lambda s: _lookup(s, list_name, predicate, column)

    def indexed_repeat(self) -> Compiled:
        """``indexed-repeat(${question}, ${repeat}, n)``: the answer in row ``n`` of the repeat."""
        self.expect("(")
        question = self.take()
        if question.kind != "ref":
            raise self.unexpected(question, "${…}")
        self.refs.add(question.text)
        self.expect(",")
        repeat = self.take()
        if repeat.kind != "ref":
            raise self.unexpected(repeat, "${…}")
        self.expect(",")
        self.enter()
        index = self.binary(0)
        self.depth -= 1
        self.expect(")")
        name = question.text
        return lambda s: _indexed(s, name, index(s))

    def call(self, token: Token) -> Compiled:
        name = token.text
        spec = FUNCTIONS.get(name)
        if spec is None:
            raise _error(
                self.text,
                QT_TRANSLATE_NOOP("forms", "Unknown function “{name}()” in “{expression}”."),
                name=name,
            )
        self.expect("(")
        args: list[Compiled] = []
        first_token = self.index
        if not (self.peek().kind == "op" and self.peek().text == ")"):
            self.enter()
            args.append(self.binary(0))
            while self.peek().kind == "op" and self.peek().text == ",":
                self.take()
                args.append(self.binary(0))
            self.depth -= 1
        self.expect(")")
        if name == "pulldata" and self.tokens[first_token].kind == "str":
            self.files.add(self.tokens[first_token].text)
        function, least, most = spec
        if len(args) < least or (most is not None and len(args) > most):
            raise _error(
                self.text,
                QT_TRANSLATE_NOOP(
                    "forms", "The function “{name}()” does not take {count} argument(s) in “{expression}”."
                ),
                name=name,
                count=len(args),
            )
        if name == "regex" and len(args) == 2:
            literal = self.tokens[self.index - 2]
            if literal.kind == "str" and _pattern(literal.text) is None:
                raise _error(
                    self.text,
                    QT_TRANSLATE_NOOP(
                        "forms", "The pattern “{pattern}” in “{expression}” is not a valid regular expression."
                    ),
                    pattern=literal.text,
                )
        if name == "if":
            condition, then, otherwise = args
            return lambda s: then(s) if to_bool(condition(s)) else otherwise(s)
        if not args:
            return lambda s: function(s)
        if len(args) == 1:
            only = args[0]
            return lambda s: function(s, only(s))
        if len(args) == 2:
            first, second = args
            return lambda s: function(s, first(s), second(s))
        return lambda s: function(s, *(arg(s) for arg in args))


FUNCTIONS["if"] = (lambda s, c, a, b: a if to_bool(c) else b, 3, 3)


def _indexed(scope: Scope, name: str, index: Any) -> Any:
    values = scope.rows.get(name, NodeSet())
    number = to_number(index)
    if math.isnan(number) or not 1 <= number <= len(values):
        return ""
    return values[int(number) - 1]


def _lookup(scope: Scope, list_name: str, predicate: Compiled | None, column: str) -> NodeSet:
    if scope.lookups is None:
        return NodeSet()
    found: list[Any] = []
    saved = scope.row
    try:
        for row in scope.lookups.instance(list_name):
            if predicate is not None:
                scope.row = row
                if not to_bool(predicate(scope)):
                    continue
            found.append(row.get(column, ""))
    finally:
        scope.row = saved
    return NodeSet(found)


def _combine(op: str, left: Compiled, right: Compiled) -> Compiled:
    if op == "or":
        return lambda s: to_bool(left(s)) or to_bool(right(s))
    if op == "and":
        return lambda s: to_bool(left(s)) and to_bool(right(s))
    if op == "=":
        return lambda s: _equal(left(s), right(s))
    if op == "!=":
        return lambda s: not _equal(left(s), right(s))
    if op in ("<", "<=", ">", ">="):
        return lambda s: _compare(op, left(s), right(s))
    return lambda s: _arith(op, left(s), right(s))


def compile_expression(text: str, *, allow_columns: bool = False) -> Expression:
    """Parse ``text``; raise :class:`ExpressionError` when it is malformed."""
    if not isinstance(text, str):
        raise _error(str(text), QT_TRANSLATE_NOOP("forms", "“{expression}” is not an expression."))
    if len(text) > MAX_LENGTH:
        raise _error(text, QT_TRANSLATE_NOOP("forms", "“{expression}” is too long."))
    if not text.strip():
        raise _error(text, QT_TRANSLATE_NOOP("forms", "The expression is empty."))
    parser = _Parser(text, allow_columns)
    try:
        run = parser.parse()
    except RecursionError:
        raise _error(text, QT_TRANSLATE_NOOP("forms", "“{expression}” is nested too deeply.")) from None
    return Expression(
        text,
        frozenset(parser.refs),
        parser.uses_current,
        frozenset(parser.columns),
        run,
        frozenset(parser.instances),
        frozenset(parser.files),
    )


def evaluate_text(
    text: str,
    values: Mapping[str, Any] | None = None,
    *,
    reference_date: dt.date | None = None,
    today: dt.date | None = None,
    current: Any = None,
) -> Any:
    """Compile and evaluate in one step (for tests and the command line); ages at ``reference_date``,
    by default the newest shipped campaign's."""
    if reference_date is None:
        from desktop.domain.campaign import default_campaign

        reference_date = default_campaign().reference_date
    scope = Scope(values or {}, reference_date, today or dt.date.today(), current)
    return compile_expression(text).evaluate(scope)
