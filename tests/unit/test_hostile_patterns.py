"""A regular expression in a form cannot freeze data entry (catastrophic backtracking)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from desktop.domain.forms import evaluate_text


@pytest.mark.timeout(60)
@pytest.mark.parametrize("pattern", ["^(a|aa)+$", "^(a+)+$", "^(\\w+\\s?)*$"])
def test_a_catastrophic_pattern_answers_within_a_keystroke(pattern: str) -> None:
    started = time.perf_counter()
    result = evaluate_text(f"regex(${{a}}, '{pattern}')", {"a": "a" * 40 + "!"}, reference_date=dt.date(2021, 9, 1))
    assert result is False
    assert time.perf_counter() - started < 1.0


def test_ordinary_patterns_still_match() -> None:
    assert evaluate_text("regex(${a}, '^[0-9]{12}$')", {"a": "100515601236"}, reference_date=dt.date(2021, 9, 1))
