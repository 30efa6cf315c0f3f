"""Secrets kept in the database only in encrypted form.

The institution's private signing key is sealed (AES-256-GCM) with a key that is kept outside the
database: in a file readable by its owner only (mode 0600) in the data folder.  Whoever can read the
database file, a backup of it or an export alone cannot read the signing key.

A sealed value starts with :data:`MAGIC`; a value without it is an old, unsealed key (databases made
before the key was protected), which :func:`is_sealed` tells apart so that it can be sealed.
"""

from __future__ import annotations

import os
from pathlib import Path

MAGIC = b"SQK1"
_KEY_BYTES = 32
_NONCE_BYTES = 12


class KeyStoreError(Exception):
    """The key that opens the sealed secrets is missing, unreadable or not the one that sealed them."""


def is_sealed(value: bytes) -> bool:
    return value.startswith(MAGIC)


def owner_only(path: Path) -> None:
    """Make a file (0600) or folder (0700) readable by its owner only, where the system allows it."""
    try:
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    except OSError:  # a file system without Unix modes (e.g. FAT on a USB stick): nothing to do
        pass


class KeyStore:
    """The key in ``path`` that seals and opens secrets; made (0600) the first time it is needed."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _key(self, *, create: bool) -> bytes:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            if not create:
                raise KeyStoreError(f"the key file {self.path.name} is missing") from None
            return self._create()
        except OSError as error:
            raise KeyStoreError(f"the key file {self.path.name} cannot be read: {error.strerror}") from None
        if len(data) != _KEY_BYTES:
            raise KeyStoreError(f"the key file {self.path.name} is damaged")
        return data

    def _create(self) -> bytes:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        key = os.urandom(_KEY_BYTES)
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:  # made meanwhile by another process: use that one
            return self._key(create=False)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        owner_only(self.path)
        return key

    def seal(self, secret: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(_NONCE_BYTES)
        return MAGIC + nonce + AESGCM(self._key(create=True)).encrypt(nonce, secret, MAGIC)

    def open(self, sealed: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not is_sealed(sealed):
            raise KeyStoreError("the value is not sealed")
        nonce = sealed[len(MAGIC) : len(MAGIC) + _NONCE_BYTES]
        body = sealed[len(MAGIC) + _NONCE_BYTES :]
        try:
            return AESGCM(self._key(create=False)).decrypt(nonce, body, MAGIC)
        except InvalidTag:
            raise KeyStoreError(f"the key file {self.path.name} is not the one that sealed this database") from None
