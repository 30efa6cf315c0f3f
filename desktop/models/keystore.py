"""Secrets kept in the database only in encrypted form.

The institution's private signing key is sealed (AES-256-GCM) with a key that is kept outside the
database: in the operating system's key store (``keyring``: DPAPI's Credential Locker on Windows, the
Secret Service on Linux, the Keychain on macOS) where a real one exists, else in a file readable by its
owner only (mode 0600) in the data folder.  Whoever can read the database file, a backup of it or an
export alone cannot read the signing key, nor open an encrypted backup (:func:`KeyStore.derive` gives
the backups their own key from the same one).

A sealed value starts with :data:`MAGIC`; a value without it is an old, unsealed key (databases made
before the key was protected), which :func:`is_sealed` tells apart so that it can be sealed.
"""

from __future__ import annotations

import base64
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAGIC = b"SQK1"
_KEY_BYTES = 32
_NONCE_BYTES = 12
#: The service name of the program's entries in the operating system's key store.
KEYRING_SERVICE = "Sanaq Desktop"


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


def usable_keyring() -> Any:
    """The operating system's key store when ``keyring`` finds a real one (not its fail or null
    backend, nor one switched off with ``SANAQ_KEY_STORE=file``); else None."""
    if os.environ.get("SANAQ_KEY_STORE", "").lower() == "file":
        return None
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return backend


class KeyStore:
    """The key that seals and opens secrets, made the first time it is needed: in ``secrets`` (a
    ``keyring`` backend, see :func:`usable_keyring`) when given, else in the file ``path`` (0600).

    A key found in the file while a key store is given is moved into the key store (and the file
    removed) once the key store gives it back; if the key store refuses, the file stays the key.
    """

    def __init__(self, path: Path, secrets: Any = None) -> None:
        self.path = Path(path)
        self.secrets = secrets

    @property
    def account(self) -> str:
        """The key's name in the key store: the place of its file, so that two data folders differ."""
        return str(self.path.resolve())

    @property
    def where(self) -> str:
        """``"keyring"`` or ``"file"``: where the key is (or will be) kept."""
        return "keyring" if self.secrets is not None and not self.path.exists() else "file"

    def _from_keyring(self) -> bytes | None:
        try:
            text = self.secrets.get_password(KEYRING_SERVICE, self.account)
        except Exception as error:  # noqa: BLE001 - a locked or broken key store: the file is the fallback
            log.warning("the key store could not be read (%s)", type(error).__name__)
            return None
        if not text:
            return None
        try:
            data = base64.b64decode(text, validate=True)
        except ValueError:
            raise KeyStoreError("the key in the key store is damaged") from None
        if len(data) != _KEY_BYTES:
            raise KeyStoreError("the key in the key store is damaged")
        return data

    def _to_keyring(self, key: bytes) -> bool:
        """Keep ``key`` in the key store; True when the key store gives it back."""
        try:
            self.secrets.set_password(KEYRING_SERVICE, self.account, base64.b64encode(key).decode("ascii"))
        except Exception as error:  # noqa: BLE001 - a locked or broken key store: keep the file
            log.warning("the key store did not take the key (%s)", type(error).__name__)
            return False
        return self._from_keyring() == key

    def _key(self, *, create: bool) -> bytes:
        if self.secrets is not None:
            found = self._from_keyring()
            if found is not None:
                return found
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
        if self.secrets is not None and self._to_keyring(data):
            self.path.unlink(missing_ok=True)
            log.info("the key was moved from its file into the operating system's key store")
        return data

    def derive(self, purpose: bytes, *, create: bool = False) -> bytes:
        """A key of its own for ``purpose`` (e.g. the backups), derived from this key with HKDF-SHA256;
        with ``create`` the key is made when there is none yet, else its absence is a KeyStoreError."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(algorithm=hashes.SHA256(), length=_KEY_BYTES, salt=None, info=purpose).derive(
            self._key(create=create)
        )

    def _create(self) -> bytes:
        key = os.urandom(_KEY_BYTES)
        if self.secrets is not None and self._to_keyring(key):
            return key
        self.path.parent.mkdir(parents=True, exist_ok=True)
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
