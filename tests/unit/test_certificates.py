"""Numbers, the signed payload and the codes of certificates: a forged or altered code never passes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import certificates as c

KEY = c.new_private_key()
PUBLIC = c.public_key_of(KEY)


def _payload(**changes: object) -> c.Payload:
    values: dict[str, object] = dict(
        bin="100540012349",
        number="21-000042",
        iin="100515601236",
        person_uuid="6c1f0e53-6a0b-4a53-9f55-1d2f1f3c9b10",
        full_name="Сүлейменова Әйгерім Қуанышқызы",
        birth_date=dt.date(2010, 5, 15),
        issue_date=dt.date(2021, 10, 29),
    )
    values.update(changes)
    return c.Payload.build(**values)  # type: ignore[arg-type]


def test_numbers_are_formatted_and_read_back() -> None:
    assert c.format_number(2021, 7) == "21-000007"
    assert c.parse_number("№ 21-000007") == (21, 7)
    assert c.normalize_number(" 21-000007 ") == "21-000007"
    assert c.parse_number("21-7") is None
    with pytest.raises(ValueError):
        c.format_number(2021, 0)


def test_payload_is_compact_canonical_and_round_trips() -> None:
    payload = _payload()
    text = payload.canonical()
    assert text.startswith("C1*100540012349*21-000042*100515601236*")
    assert "Сүлейменова" not in text  # the name travels as a tag only
    assert c.Payload.parse(text) == payload
    assert payload.matches_name("  сүлейменова  ӘЙГЕРІМ Қуанышқызы ")
    assert not payload.matches_name("Сулейменова Айгерим Куанышкызы")


def test_a_person_without_iin_is_named_by_uuid() -> None:
    payload = _payload(iin=None)
    assert payload.subject == "U6C1F0E536A0B4A539F551D2F1F3C9B10"
    assert payload.iin is None
    assert c.Payload.parse(payload.canonical()) == payload


def test_genuine_codes_verify_and_tolerate_how_people_type_them() -> None:
    payload = _payload()
    signature = c.sign(KEY, payload)
    assert c.signature_valid(PUBLIC, payload, signature)
    qr = c.qr_text(payload, signature)
    parsed = c.parse_code(qr)
    assert parsed.payload == payload and parsed.signature == signature
    short = c.short_code(payload.number, signature)
    assert short.startswith("21-000042-") and len(short.split("-")) == 2 + 21
    typed = short.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    again = c.parse_code(typed)
    assert (again.number, again.signature) == ("21-000042", signature)


@pytest.mark.parametrize(
    "change",
    [
        {"birth_date": dt.date(2010, 5, 16)},
        {"number": "21-000043"},
        {"full_name": "Иванова Мария Петровна"},
        {"iin": "100515601247"},
        {"bin": "100540012350"},
        {"issue_date": dt.date(2021, 10, 30)},
    ],
)
def test_an_altered_payload_fails(change: dict[str, object]) -> None:
    signature = c.sign(KEY, _payload())
    assert not c.signature_valid(PUBLIC, _payload(**change), signature)
    altered_qr = c.qr_text(_payload(**change), signature)
    parsed = c.parse_code(altered_qr)
    assert parsed.payload is not None and not c.signature_valid(PUBLIC, parsed.payload, parsed.signature)


def test_a_code_signed_by_another_key_fails() -> None:
    payload = _payload()
    forged = c.sign(c.new_private_key(), payload)
    assert not c.signature_valid(PUBLIC, payload, forged)


def test_every_changed_character_of_the_signature_fails_or_is_refused() -> None:
    payload = _payload()
    short = c.short_code(payload.number, c.sign(KEY, payload))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for position in range(10, len(short)):
        if short[position] == "-":
            continue
        replacement = alphabet[(alphabet.index(short[position]) + 1) % 32]
        altered = short[:position] + replacement + short[position + 1 :]
        try:
            parsed = c.parse_code(altered)
        except ValueError:
            continue  # a spelling no genuine code has
        assert not c.signature_valid(PUBLIC, payload, parsed.signature), position


@given(st.text(max_size=200))
def test_any_text_is_parsed_or_refused_never_crashes(text: str) -> None:
    try:
        c.parse_code(text)
    except ValueError:
        pass


def test_public_keys_are_read_as_hex_or_pem() -> None:
    assert c.load_public_key(PUBLIC.hex()) == PUBLIC
    assert c.load_public_key(c.public_key_pem(PUBLIC)) == PUBLIC
    with pytest.raises(ValueError):
        c.load_public_key("not a key")
    assert len(c.key_fingerprint(PUBLIC)) == 19


def test_the_pages_load_neither_cryptography_nor_reportlab() -> None:
    import subprocess
    import sys

    code = (
        "import sys, desktop.views.certificates_page, desktop.views.equipment_page;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'cryptography', 'reportlab', 'pypdfium2', 'qrcode'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
