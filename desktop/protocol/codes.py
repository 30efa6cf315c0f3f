"""The short code printed on a certificate, checked on the Department's public page.

The code is derived from the certificate's Ed25519 signature (SHA-256 of a fixed label and the
signature, 50 bits of it), so that nobody without the institution's signing key can produce the code of
a certificate that was not issued.  It is written in Crockford's base32 alphabet (no I, L, O, U), in two
groups of five: ``7QK2M-X9D4T`` (11 characters).  Reading forgives case, spaces and dashes, and takes
O as 0 and I or L as 1, so that a code typed from paper still matches.
"""

from __future__ import annotations

import hashlib
import hmac
import re

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 10
_LABEL = b"sanaq-certificate-short-code-v1\x00"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def short_code(signature: bytes) -> str:
    """The short code of a certificate with this signature (64 bytes of Ed25519)."""
    if len(signature) != 64:
        raise ValueError("an Ed25519 signature is 64 bytes")
    value = int.from_bytes(hashlib.sha256(_LABEL + signature).digest()[:8], "big") >> (64 - 5 * LENGTH)
    chars = [ALPHABET[(value >> (5 * (LENGTH - 1 - i))) & 31] for i in range(LENGTH)]
    return "".join(chars[:5]) + "-" + "".join(chars[5:])


def normalize_short_code(text: str) -> str | None:
    """The code as printed (``XXXXX-XXXXX``) from what a person typed, or None when it cannot be one."""
    compact = re.sub(r"[\s\-‐‑‒–—_.]", "", text or "").upper().translate(_LOOKALIKES)
    if len(compact) != LENGTH or any(ch not in ALPHABET for ch in compact):
        return None
    return compact[:5] + "-" + compact[5:]


def short_code_matches(signature: bytes, typed: str) -> bool:
    """Whether a typed code is the code of this signature (compared in constant time)."""
    normalized = normalize_short_code(typed)
    return normalized is not None and hmac.compare_digest(normalized, short_code(signature))
