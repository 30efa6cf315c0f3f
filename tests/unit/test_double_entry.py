"""Rules of double-entry verification and of answer sources."""

from __future__ import annotations

from desktop.domain import double_entry as de
from desktop.domain.entry import (
    AnswerSource,
    EntryMode,
    clean_sources,
    normalize_online_code,
    online_code_problem,
    source_of,
)


def test_harmless_variations_of_typing_are_not_differences() -> None:
    assert de.same("  Иванов  Пётр ", "иванов петр")
    assert de.same("12", 12)
    assert de.same("1,5", 1.5)
    assert de.same(["kk", "ru"], ["ru", "kk"])
    assert de.same(None, "")
    assert de.same([], None)


def test_real_differences_are_found_in_form_order() -> None:
    first = {"q1": "1", "q2": "Тараз", "q3": ["kk"], "q4": 1990, "extra": "a"}
    second = {"q1": "2", "q2": "Тараз", "q3": ["kk", "ru"], "q5": "x", "extra": "a"}
    differences = de.compare(first, second, ["q1", "q2", "q3", "q4", "q5"])
    assert [d.name for d in differences] == ["q1", "q3", "q4", "q5"]
    assert differences[2] == de.Difference("q4", 1990, None)
    assert de.compared_count(first, second) == 6


def test_merge_takes_the_chosen_value_of_every_difference() -> None:
    first = {"a": "1", "b": "x", "c": "keep"}
    second = {"a": "2", "b": "y"}
    differences = de.compare(first, second, ["a", "b", "c"])
    resolutions = {
        "a": de.Resolution("a", de.Choice.SECOND),
        "b": de.Resolution("b", de.Choice.VALUE, "z"),
        "c": de.Resolution("c", de.Choice.SECOND),
    }
    assert de.merge(first, differences, resolutions) == {"a": "2", "b": "z"}


def test_sample_takes_the_share_and_at_least_one() -> None:
    ids = list(range(1, 101))
    chosen = de.sample(ids, 0.1, seed=1)
    assert len(chosen) == 10 and set(chosen) <= set(ids)
    assert de.sample(ids, 0.1, seed=1) == chosen
    assert len(de.sample([5], 0.01)) == 1
    assert de.sample([], 0.5) == []


def test_summary_shares() -> None:
    summary = de.Summary(
        complete_sheets=40,
        chosen=5,
        keyed=4,
        resolved=4,
        answers_compared=200,
        differences_found=6,
        differences_corrected=2,
    )
    assert summary.share_verified == 0.1
    assert summary.difference_rate == 0.03
    assert de.Summary(0, 0, 0, 0, 0, 0, 0).share_verified == 0.0


def test_source_of_an_answer_is_its_override_else_the_sheet_default() -> None:
    sources = clean_sources({"q1": {"source": "proxy", "document": " журнал  "}, "q2": {"source": "bogus"}, "q3": 5})
    assert sources == {"q1": {"source": "proxy", "document": "журнал"}}
    assert source_of("q1", sources, "records", "Личное дело").source is AnswerSource.PROXY
    default = source_of("q2", sources, "records", "Личное дело")
    assert (default.source, default.document, default.overridden) == (AnswerSource.RECORDS, "Личное дело", False)
    assert EntryMode.RECORDS.default_source is AnswerSource.RECORDS
    assert EntryMode.ONLINE.status.value == "online" and not EntryMode.ONLINE.fills_sheet


def test_online_codes() -> None:
    assert normalize_online_code(" ab 12-cd ") == "AB12-CD"
    assert normalize_online_code(12345678.0) == "12345678"
    assert online_code_problem("AB12-CD") is None
    assert online_code_problem("") is not None
    assert online_code_problem("ABC") is not None
    assert online_code_problem("ЖСН1234") is not None
