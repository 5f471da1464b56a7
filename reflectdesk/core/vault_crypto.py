"""The cryptography of the private-notes vault (see the privacy reference).

* A random 256-bit **data key** encrypts each private note with AES-256-GCM: a fresh
  12-byte nonce per encryption, and associated data naming the row and field, so a
  ciphertext moved to another row fails to open.
* The data key is stored only **wrapped** (AES-256-GCM again) under a key derived from
  the passphrase with **Argon2id** (16-byte salt; 64 MiB, 3 passes, 4 lanes: RFC 9106's
  second recommended option). The parameters are stored beside the wrapped key so the
  cost can be raised later without breaking old vaults.
* Note texts are **padded** before encryption (:func:`pad`) to a multiple of
  :data:`PAD_BUCKET` bytes, so a ciphertext tells only roughly how long a note is.
* An optional **recovery key** (160 random bits, shown once as 8 groups of 4 letters and
  digits) wraps the same data key; being random it needs no slow derivation, only HKDF.

Everything here is pure functions over bytes; where the keys are kept and which rows
they seal is the store's business (``reflectdesk.store.vault``).
"""

from __future__ import annotations

import base64
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflectdesk.core.errors import ReflectDeskError, words

# Argon2id costs a vault may ask for. The default is 64 MiB, 3 passes, 4 lanes; these
# bounds leave room for stronger settings (core/record_rules.py holds archives to them).
KDF_MEMORY_KIB_MAX = 1024 * 1024  # 1 GiB
KDF_ITERATIONS_MAX = 16
KDF_LANES_MAX = 16

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# The cryptography package is imported on first use, not with this module: the app
# starts (and shows locked notes) without paying for it.

__all__ = [
    "KEY_BYTES",
    "MIN_PASSPHRASE_LENGTH",
    "NONCE_BYTES",
    "PAD_BUCKET",
    "SALT_BYTES",
    "DecryptionError",
    "KdfParams",
    "decrypt",
    "derive_passphrase_key",
    "derive_recovery_key",
    "encrypt",
    "format_recovery_key",
    "new_data_key",
    "new_recovery_key",
    "new_salt",
    "pad",
    "parse_recovery_key",
    "retry_delay",
    "unpad",
    "unwrap_key",
    "wrap_key",
]

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
RECOVERY_BYTES = 20  # 160 bits: 32 base-32 characters
MIN_PASSPHRASE_LENGTH = 8

PAD_BUCKET = 256
_LENGTH_PREFIX = 4  # bytes of the big-endian length in front of padded plaintext

_WRAP_CONTEXT = b"reflectdesk/vault/data-key/"
_RECOVERY_INFO = b"reflectdesk/vault/recovery-key/v1"


class DecryptionError(ReflectDeskError):
    """A ciphertext did not open: wrong key, changed bytes, or made for another place.

    AES-GCM cannot tell these apart, and neither can we; callers say what it means
    (a wrong passphrase when unwrapping, a damaged note when decrypting)."""

    code = "decryption_failed"

    def __init__(self) -> None:
        super().__init__(words().gettext("The data could not be decrypted with this key."))


@dataclass(frozen=True)
class KdfParams:
    """Argon2id costs. The defaults are RFC 9106's second recommended option."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def for_tests(cls) -> KdfParams:
        """The cheapest costs Argon2id allows: for unit tests only."""
        return cls(memory_kib=32, iterations=1, lanes=4)

    def to_json(self) -> str:
        return json.dumps(
            {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes},
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        """The parameters stored in a vault; ValueError when they are not sane."""
        data = json.loads(text)
        if not isinstance(data, dict) or set(data) != {"memory_kib", "iterations", "lanes"}:
            raise ValueError("unexpected key derivation parameters")
        values = [data["memory_kib"], data["iterations"], data["lanes"]]
        if not all(type(value) is int for value in values):
            raise ValueError("key derivation parameters must be whole numbers")
        params = cls(*values)
        # Bounds keep a tampered vault row (in the database or an archive) from asking
        # a laptop for gigabytes and minutes of work just to try a passphrase.
        if not (
            1 <= params.lanes <= KDF_LANES_MAX
            and 8 * params.lanes <= params.memory_kib <= KDF_MEMORY_KIB_MAX
            and 1 <= params.iterations <= KDF_ITERATIONS_MAX
        ):
            raise ValueError("key derivation parameters out of range")
        return params


def _aesgcm(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The key-encryption key for ``passphrase``. Slow on purpose (about 0.2-0.5 s).

    The passphrase is NFC-normalised first, so "é" typed as one character or as e plus
    an accent (as some keyboards and input methods do) unlocks the same vault."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def encrypt(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """``nonce || ciphertext || tag`` of ``plaintext`` under ``key``, bound to
    ``associated_data``."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + _aesgcm(key).encrypt(nonce, plaintext, associated_data)


def decrypt(key: bytes, blob: bytes, associated_data: bytes) -> bytes:
    """The plaintext of :func:`encrypt`'s output; DecryptionError if the key, the bytes
    or the associated data are not the ones it was made with."""
    from cryptography.exceptions import InvalidTag

    if len(blob) < NONCE_BYTES + 16:
        raise DecryptionError()
    try:
        return _aesgcm(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated_data)
    except InvalidTag:
        raise DecryptionError() from None


def wrap_key(wrapping_key: bytes, data_key: bytes, *, purpose: bytes) -> bytes:
    """``data_key`` encrypted under ``wrapping_key``; ``purpose`` (b"passphrase",
    b"recovery") keeps one wrapped form from being passed off as the other."""
    return encrypt(wrapping_key, data_key, _WRAP_CONTEXT + purpose)


def unwrap_key(wrapping_key: bytes, wrapped: bytes, *, purpose: bytes) -> bytes:
    """The data key inside ``wrapped``; DecryptionError for a wrong wrapping key."""
    data_key = decrypt(wrapping_key, wrapped, _WRAP_CONTEXT + purpose)
    if len(data_key) != KEY_BYTES:
        raise DecryptionError()
    return data_key


# -- padding ----------------------------------------------------------------------------


def pad(plaintext: bytes, bucket: int = PAD_BUCKET) -> bytes:
    """``plaintext`` behind its length (4 bytes, big-endian) and followed by zero bytes up
    to the next multiple of ``bucket``: encrypted, a 10-character note and a 200-character
    one are the same size. The length prefix makes the padding unambiguous (a plaintext
    may itself end in zero bytes)."""
    if len(plaintext) >= 1 << (8 * _LENGTH_PREFIX):
        raise ValueError("too long to pad")
    framed = len(plaintext).to_bytes(_LENGTH_PREFIX, "big") + plaintext
    return framed + bytes(-len(framed) % bucket)


def unpad(padded: bytes) -> bytes:
    """The plaintext inside :func:`pad`'s output; ValueError when the length does not fit
    or the padding is not all zero bytes (neither happens to an authenticated
    ciphertext, so either means a bug or a different format)."""
    if len(padded) < _LENGTH_PREFIX:
        raise ValueError("too short to hold a length")
    length = int.from_bytes(padded[:_LENGTH_PREFIX], "big")
    end = _LENGTH_PREFIX + length
    if end > len(padded) or padded[end:].strip(b"\0"):
        raise ValueError("inconsistent padding")
    return padded[_LENGTH_PREFIX:end]


# -- the recovery key -------------------------------------------------------------------

# Letters people misread for base-32 digits, and the digits base 32 lacks.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_GROUP = 4


def new_recovery_key() -> bytes:
    return os.urandom(RECOVERY_BYTES)


def format_recovery_key(secret: bytes) -> str:
    """The recovery key as people copy it: ``ABCD-EFGH-...`` (8 groups of 4)."""
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The secret of a typed recovery key; forgiving of case, spaces, dashes and the
    look-alikes 0/O, 1/I, 8/B. ValueError when it cannot be a recovery key."""
    cleaned = re.sub(r"[\s\-]", "", text).upper().translate(_LOOKALIKES)
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or not re.fullmatch(r"[A-Z2-7]+", cleaned):
        raise ValueError(
            words().gettext("A recovery key has 32 letters and digits, in 8 groups of 4.")
        )
    return base64.b32decode(cleaned)


def derive_recovery_key(secret: bytes) -> bytes:
    """The key-encryption key for a recovery key (random already, so HKDF suffices)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_RECOVERY_INFO).derive(
        secret
    )


# -- slowing down guesses ---------------------------------------------------------------

_FREE_ATTEMPTS = 3
_LONGEST_WAIT = 60.0


def retry_delay(failures: int) -> float:
    """Seconds to wait before the next attempt after ``failures`` wrong passphrases in a
    row: nothing for the first three (typos happen), then 2, 4, 8, ... up to a minute."""
    if failures < _FREE_ATTEMPTS:
        return 0.0
    return min(_LONGEST_WAIT, 2.0 ** (failures - _FREE_ATTEMPTS + 1))
