"""The expression engine against an independent XPath 1.0 evaluator (elementpath) on generated expressions.

Each generated expression is evaluated twice: by the program, with ``${a}``, ``${b}``, ``${c}`` as answers,
and by elementpath's XPath 1.0 parser over ``<data><a>…</a><b>…</b><c>…</c></data>``, with each
``${x}`` written ``string(/data/x)``: the node's value, as ODK Collect reads a reference.
Numbers, strings and truth values must agree.  Forms with a repeat inside a repeat and with a loop over a
list are compared with the XForm pyxform compiles from them, evaluated by elementpath at each node.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.forms import Scope, compile_expression
from tests.unit.test_forms_xlsform import book

elementpath = pytest.importorskip("elementpath")
XPath30Parser = pytest.importorskip("elementpath.xpath30").XPath30Parser

# "1e3" is left out: XPath 1.0's grammar of numbers has no exponent (number('1e3') is NaN, as the
# program has it), while elementpath reads it as 1000.
VALUES = st.sampled_from(["", "0", "1", "2.5", "-3", "49", "0.125", "-2.5", "10", "abc", "a b", " x ", "7.0", " 4 "])
NUMBERS = st.sampled_from(["0", "1", "2", "0.5", "3.75", "100", "-1.5"])
STRINGS = st.sampled_from(["'1'", "'abc'", "''", "'2.5'", "' a  b '", "'b'"])
REFS = st.sampled_from(["${a}", "${b}", "${c}"])


def _numeric(inner: st.SearchStrategy[str], texts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    arithmetic = st.tuples(inner, st.sampled_from(["+", "-", "*"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})")
    unary = st.tuples(st.sampled_from(["round", "floor", "ceiling", "number", "-"]), inner).map(
        lambda t: f"-{t[1]}" if t[0] == "-" else f"{t[0]}({t[1]})"
    )
    return st.one_of(arithmetic, unary, texts.map(lambda e: f"string-length({e})"))


def _textual(inner: st.SearchStrategy[str], numbers: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    two = st.tuples(st.sampled_from(["concat", "substring-before", "substring-after"]), inner, inner).map(
        lambda t: f"{t[0]}({t[1]}, {t[2]})"
    )
    return st.one_of(
        two,
        inner.map(lambda e: f"normalize-space({e})"),
        # "+ 0" turns a negative zero positive: XPath 1.0 writes both as "0", elementpath (XPath 2) writes "-0"
        # and would then disagree inside comparisons, where `same` cannot see the string.
        numbers.map(lambda e: f"string({e} + 0)"),
    )


def expressions() -> st.SearchStrategy[str]:
    """Typed expressions: numbers, texts and truth values combined as a form's author combines them."""
    numbers = st.recursive(
        st.one_of(REFS, NUMBERS), lambda inner: _numeric(inner, st.one_of(REFS, STRINGS)), max_leaves=6
    )
    texts = st.recursive(st.one_of(REFS, STRINGS), lambda inner: _textual(inner, numbers), max_leaves=6)
    comparisons = st.one_of(
        # number() on both sides: elementpath compares a string with a number as XPath 2 does (false),
        # where XPath 1.0 converts the string to a number first, as the program does.
        st.tuples(numbers, st.sampled_from(["=", "!=", "<", "<=", ">", ">="]), numbers).map(
            lambda t: f"number({t[0]}) {t[1]} number({t[2]})"
        ),
        st.tuples(texts, st.sampled_from(["=", "!="]), texts).map(" ".join),
        st.tuples(st.sampled_from(["contains", "starts-with"]), texts, texts).map(lambda t: f"{t[0]}({t[1]}, {t[2]})"),
        texts.map(lambda e: f"boolean({e})"),
    )
    truths = st.recursive(
        comparisons,
        lambda inner: st.one_of(
            st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
            inner.map(lambda e: f"not({e})"),
        ),
        max_leaves=4,
    )
    return st.one_of(numbers, texts, truths)


def ours(expression: str, values: dict[str, str]) -> Any:
    scope = Scope(values, dt.date(2021, 9, 1), dt.date(2021, 10, 5))
    return compile_expression(expression).evaluate(scope)


def theirs(expression: str, values: dict[str, str]) -> Any:
    root = ElementTree.Element("data")
    for name, value in values.items():
        ElementTree.SubElement(root, name).text = value
    # A reference stands for its answer, as in ODK Collect (JavaRosa unpacks a single node to its value):
    # boolean(${a}) is whether the answer is non-empty, not whether the node exists.
    xpath = expression.replace("${", "string(/data/").replace("}", ")")
    result = elementpath.select(root, xpath, parser=elementpath.XPath1Parser)
    if isinstance(result, list):  # a node-set: its string value, as a question's answer is
        if result and not isinstance(result[0], ElementTree.Element):
            return result[0]
        return (result[0].text or "") if result else ""
    return float(result) if isinstance(result, Decimal) else result


def same(mine: Any, other: Any) -> bool:
    if isinstance(other, bool) or isinstance(mine, bool):
        return isinstance(mine, bool) and isinstance(other, bool) and mine == other
    if isinstance(other, int | float | Decimal):
        number = float(other)
        if not isinstance(mine, int | float):
            return False
        if math.isnan(number):
            return math.isnan(mine)
        return mine == number or math.isclose(mine, number, rel_tol=1e-12, abs_tol=1e-12)
    # XPath 1.0 writes negative zero as "0"; elementpath writes "-0".
    return isinstance(mine, str) and mine == re.sub(r"(?<![\d.])-0(?![\d.])", "0", str(other))


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions(), VALUES, VALUES, VALUES)
def test_the_engine_agrees_with_an_independent_xpath_evaluator(expression: str, a: str, b: str, c: str) -> None:
    values = {"a": a, "b": b, "c": c}
    try:
        other = theirs(expression, values)
    except elementpath.ElementPathError:
        return  # outside XPath 1.0 as elementpath reads it (e.g. a string where it wants a number)
    mine = ours(expression, values)
    assert same(mine, other), f"{expression} with {values}: program {mine!r}, XPath {other!r}"


@pytest.mark.parametrize(
    ("number", "places"),
    [(x / 8, n) for x in range(-40, 41) for n in (0, 1, 2)] + [(49 / 2, 0), (0.125, 2), (1.005, 2), (2.675, 2)],
)
def test_round_with_places_agrees_with_xpath_3(number: float, places: int) -> None:
    """ODK's round(x, places) is XPath 3's fn:round(x, places) on the decimal digits a person reads."""
    other = elementpath.select(
        ElementTree.Element("x"), f"round(xs:decimal('{number!r}'), {places})", parser=XPath30Parser
    )
    assert ours(f"round({number!r}, {places})", {}) == float(other)


def test_division_by_zero_follows_ieee_as_xpath_says() -> None:
    """elementpath does not keep NaN through ``div`` (``'' div 0``), so division is checked here."""
    assert math.isnan(ours("${a} div 0", {"a": ""})) and ours("1 div 0", {}) == math.inf
    assert ours("-1 div 0", {}) == -math.inf and ours("7 div 2", {}) == 3.5


@pytest.mark.parametrize(
    ("text", "expected"), [("5 mod 2", 1.0), ("5 mod -2", 1.0), ("-5 mod 2", -1.0), ("-5 mod -2", -1.0)]
)
def test_mod_keeps_the_sign_of_the_dividend_as_the_xpath_specification_says(text: str, expected: float) -> None:
    """elementpath's XPath 1.0 mode takes Python's sign here, so ``mod`` is checked on the specification's own
    examples instead of against it."""
    assert ours(text, {}) == expected


def test_ten_levels_of_nesting_compile() -> None:
    text = "not(" * 10 + "${a} = 1" + ")" * 10
    assert ours(text, {"a": "1"}) is True


def test_translate_takes_the_first_occurrence_of_a_repeated_character() -> None:
    """The specification's rule, which elementpath does not follow, so translate() is checked here."""
    assert ours("translate('a b', ' a  b ', '0')", {}) == "0"
    assert ours("translate('--aaa--', 'abc-', 'ABC')", {}) == "AAA"


# ---------------------------------------------------------------- forms pyxform compiles


@functools.cache
def _xform(content: bytes, suffix: str = ".xlsx") -> ElementTree.Element:
    """The XForm pyxform compiles from a workbook: the independent reading of the form's structure."""
    import tempfile

    from pyxform.xls2xform import convert

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"form{suffix}"
        source.write_bytes(content)
        return ElementTree.fromstring(convert(str(source), warnings=[]).xform)


def _binds(xform: ElementTree.Element, attribute: str) -> dict[str, str]:
    return {
        bind.attrib["nodeset"]: bind.attrib[attribute]
        for bind in xform.iter("{http://www.w3.org/2002/xforms}bind")
        if attribute in bind.attrib
    }


NESTED = book(
    [
        ["type", "name", "label", "calculation"],
        ["begin_repeat", "household", "Households", ""],
        ["begin_repeat", "member", "Members", ""],
        ["integer", "age", "Age", ""],
        ["end_repeat", "", "", ""],
        ["calculate", "size", "", "count(${age})"],
        ["calculate", "years", "", "sum(${age})"],
        ["end_repeat", "", "", ""],
        ["calculate", "people", "", "count(${age})"],
        ["calculate", "total", "", "sum(${age})"],
    ]
)
AGES = st.lists(st.lists(st.sampled_from(["", "0", "7", "40", "-3"]), max_size=3), max_size=3)


def _xpath_value(root: ElementTree.Element, xpath: str, node: ElementTree.Element) -> Any:
    result = elementpath.select(root, xpath, parser=elementpath.XPath1Parser, item=node)
    number = float(result)
    # A calculation that is not a number is blank in the program, as ODK Collect shows it.
    return "" if math.isnan(number) else int(number) if number.is_integer() else number


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(households=AGES)
def test_counts_and_sums_over_a_repeat_inside_a_repeat_agree_with_the_xform_pyxform_compiles(
    households: list[list[str]],
) -> None:
    from desktop.domain import forms

    xform = _xform(NESTED)
    calculations = _binds(xform, "calculate")
    root = ElementTree.Element("data")
    for ages in households:
        household = ElementTree.SubElement(root, "household")
        for age in ages:
            ElementTree.SubElement(ElementTree.SubElement(household, "member"), "age").text = age
        for name in ("size", "years"):
            ElementTree.SubElement(household, name)
    for name in ("people", "total"):
        ElementTree.SubElement(root, name)
    answers = {"household": [{"member": [{"age": age} if age else {} for age in ages]} for ages in households]}
    evaluation = forms.evaluate(forms.load_form(NESTED, name="nested"), answers)
    for number, household in enumerate(root.findall("household")):
        for name in ("size", "years"):
            node = household.find(name)
            assert node is not None
            expected = _xpath_value(root, calculations[f"/data/household/{name}"], node)
            assert evaluation.rows["household"][number][name] == expected, (name, households)
    for name in ("people", "total"):
        node = root.find(name)
        assert node is not None
        assert evaluation.values[name] == _xpath_value(root, calculations[f"/data/{name}"], node), (name, households)


LOOP = Path(__file__).parents[1] / "data" / "xlsforms" / "pyxform-0.15.1" / "another_loop.xls"


COUNTS = st.tuples(st.sampled_from(["0", "2", "5"]), st.sampled_from(["0", "1", "3", "6"]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(COUNTS, min_size=2, max_size=2))
def test_a_constraint_between_rows_of_a_loop_agrees_with_the_xform_pyxform_writes_out(
    counts: list[tuple[str, str]],
) -> None:
    """``. <= ../total`` in a loop over a list: pyxform writes out one group per choice; the program reads
    ``../total`` as the total of the same choice.  (A blank total is left out: elementpath will not compare
    an empty node with a number, where XPath 1.0 compares NaN and says false.)"""
    from desktop.domain import forms

    xform = _xform(LOOP.read_bytes(), LOOP.suffix)
    constraints = _binds(xform, "constraint")
    form = forms.load_form(LOOP.read_bytes(), name=LOOP.stem)
    root = ElementTree.Element("data")
    loop = ElementTree.SubElement(root, "loop_vehicle_types")
    answers: dict[str, str] = {}
    for vehicle, (total, working) in zip(("car", "motor_cycle"), counts, strict=True):
        group = ElementTree.SubElement(loop, vehicle)
        ElementTree.SubElement(group, "total").text = total
        ElementTree.SubElement(group, "working").text = working
        answers[f"{vehicle}.working"] = working
        if total:
            answers[f"{vehicle}.total"] = total
    broken = {e.name for e in forms.evaluate(form, answers).errors if e.kind is forms.IssueKind.CONSTRAINT}
    for vehicle in ("car", "motor_cycle"):
        node = root.find(f"loop_vehicle_types/{vehicle}/working")
        assert node is not None
        constraint = constraints[f"/data/loop_vehicle_types/{vehicle}/working"]
        holds = elementpath.select(root, f"boolean({constraint})", parser=elementpath.XPath1Parser, item=node)
        assert (f"{vehicle}.working" not in broken) == holds, (vehicle, counts)


def test_negative_zero_is_written_as_zero_as_xpath_1_says() -> None:
    """XPath 1.0 (§4.2): positive and negative zero both convert to the string "0"."""
    assert ours("string(-${a})", {"a": "0", "b": "", "c": ""}) == "0"
    assert ours("normalize-space(string(-${a})) = ${a}", {"a": "0", "b": "", "c": ""}) is True
