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
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from desktop.domain.text import QT_TRANSLATE_NOOP, Message

MAX_LENGTH = 4000
MAX_DEPTH = 60
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


@dataclass
class Scope:
    """What an expression sees while it is evaluated."""

    values: Mapping[str, Any]
    reference_date: dt.date
    today: dt.date
    current: Any = None
    row: Mapping[str, Any] = field(default_factory=dict)


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
    number = to_number(value)
    places = to_number(digits)
    if math.isnan(number) or math.isinf(number) or math.isnan(places) or abs(places) > 15:
        return NAN if math.isnan(number) or math.isnan(places) else number
    try:
        return float(round(number, int(places)))
    except (OverflowError, ValueError):
        return NAN


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
    "string-length": (lambda s, a: float(len(to_string(a))), 1, 1),
    "regex": (_regex, 2, 2),
    "coalesce": (_coalesce, 2, 2),
    "today": (lambda s: s.today.isoformat(), 0, 0),
    "date": (_date, 1, 1),
    "int": (_int, 1, 1),
    "number": (lambda s, a: to_number(a), 1, 1),
    "string": (lambda s, a: to_string(a), 1, 1),
    "concat": (_concat, 1, None),
    "not": (lambda s, a: not to_bool(a), 1, 1),
    "true": (lambda s: True, 0, 0),
    "false": (lambda s: False, 0, 0),
    "round": (_round, 1, 2),
    "contains": (lambda s, a, b: to_string(b) in to_string(a), 2, 2),
    "starts-with": (lambda s, a, b: to_string(a).startswith(to_string(b)), 2, 2),
    "substr": (_substr, 2, 3),
    "age": (_age, 1, 1),
}


# ---------------------------------------------------------------- tokenizer and parser

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<ref>\$\{(?P<refname>[^}]*)\})
      | (?P<num>\d+(?:\.\d*)?|\.\d+)
      | (?P<str>'[^']*'|"[^"]*")
      | (?P<op>!=|<=|>=|=|<|>|\+|-|\*|\(|\)|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_\-.:]*)
      | (?P<dot>\.)
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
            tokens.append(Token("dot", ".", start))
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
        if token.kind == "dot":
            self.uses_current = True
            return lambda s: s.current
        if token.kind == "op" and token.text == "(":
            self.enter()
            inner = self.binary(0)
            self.depth -= 1
            self.expect(")")
            return inner
        if token.kind == "name":
            if self.peek().kind == "op" and self.peek().text == "(":
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
        if not (self.peek().kind == "op" and self.peek().text == ")"):
            self.enter()
            args.append(self.binary(0))
            while self.peek().kind == "op" and self.peek().text == ",":
                self.take()
                args.append(self.binary(0))
            self.depth -= 1
        self.expect(")")
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
    return Expression(text, frozenset(parser.refs), parser.uses_current, frozenset(parser.columns), run)


def evaluate_text(
    text: str,
    values: Mapping[str, Any] | None = None,
    *,
    reference_date: dt.date = dt.date(2021, 9, 1),
    today: dt.date | None = None,
    current: Any = None,
) -> Any:
    """Compile and evaluate in one step (for tests and the command line)."""
    scope = Scope(values or {}, reference_date, today or dt.date.today(), current)
    return compile_expression(text).evaluate(scope)
