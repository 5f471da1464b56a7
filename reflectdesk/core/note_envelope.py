"""The sealed form ("envelope") of a private note's text, as bytes (see the vault seam,
``reflectdesk.store.vault_seam``, for where envelopes are stored and what they hold).

Formats, told apart by their first four bytes:

``RDv2`` (written since schema 0010)
    ``b"RDv2" + counter(8, big-endian) + nonce(12) + AES-256-GCM(pad(plaintext)) + tag(16)``
    with associated data ``b"reflectdesk/notes.sealed/v2/" + counter(8) + note id``. The
    counter is the note's save count; the row keeps the same number in a plain column, so
    an older envelope of the same note written back over the current one (a rollback)
    opens, but with a counter lower than the row's, and is reported. The counter is in
    clear so that a rollback can be told from damage, and authenticated so that it cannot
    be changed. The plaintext is padded to a multiple of 256 bytes (``vault_crypto.pad``)
    so that a locked database does not give each note's exact length.
``RDv1``
    ``b"RDv1" + nonce(12) + AES-256-GCM(plaintext) + tag(16)``, associated data
    ``b"reflectdesk/notes.sealed/" + note id``: no counter, no padding. Still read; a note
    is written as v2 the next time it is saved (which needs the key, so it happens then
    and not in a migration).
``RDv0``
    the plaintext itself, not encrypted: what versions before the vault wrote.

Pure functions over bytes; errors are DecryptionError (does not open) and ValueError
(not an envelope of this kind). The caller says what they mean for a note.
"""

from __future__ import annotations

from reflectdesk.core.vault_crypto import NONCE_BYTES, DecryptionError, decrypt, encrypt, pad, unpad

__all__ = [
    "COUNTER_BYTES",
    "ENVELOPE_V0",
    "ENVELOPE_V1",
    "ENVELOPE_V2",
    "VERSION_BYTES",
    "envelope_counter",
    "open_v1",
    "open_v2",
    "seal_v2",
]

ENVELOPE_V0 = b"RDv0"
ENVELOPE_V1 = b"RDv1"
ENVELOPE_V2 = b"RDv2"
VERSION_BYTES = 4
COUNTER_BYTES = 8
_TAG_BYTES = 16
_ASSOCIATED_V1 = b"reflectdesk/notes.sealed/"
_ASSOCIATED_V2 = b"reflectdesk/notes.sealed/v2/"
_MAX_COUNTER = (1 << (8 * COUNTER_BYTES)) - 1


def _counter_bytes(counter: int) -> bytes:
    if not 0 <= counter <= _MAX_COUNTER:
        raise ValueError("a note's counter is a whole number from 0")
    return counter.to_bytes(COUNTER_BYTES, "big")


def _associated_v2(note_id: str, counter: bytes) -> bytes:
    # The counter has a fixed width, so it and the note id cannot be split two ways.
    return _ASSOCIATED_V2 + counter + note_id.encode("utf-8")


def seal_v2(key: bytes, plaintext: bytes, *, note_id: str, counter: int) -> bytes:
    """A v2 envelope of ``plaintext`` for note ``note_id`` at save ``counter``."""
    header = _counter_bytes(counter)
    body = encrypt(key, pad(plaintext), _associated_v2(note_id, header))
    return ENVELOPE_V2 + header + body


def envelope_counter(blob: bytes) -> int:
    """The counter a v2 envelope says it has (not yet authenticated: :func:`open_v2`
    does that); 0 for the older formats, which have none."""
    if blob[:VERSION_BYTES] != ENVELOPE_V2:
        return 0
    header = blob[VERSION_BYTES : VERSION_BYTES + COUNTER_BYTES]
    if len(header) != COUNTER_BYTES:
        raise ValueError("too short for a v2 envelope")
    return int.from_bytes(header, "big")


def open_v2(key: bytes, blob: bytes, *, note_id: str) -> tuple[int, bytes]:
    """The authenticated counter and the plaintext of a v2 envelope made for
    ``note_id`` under ``key``; DecryptionError when it does not open."""
    if len(blob) < VERSION_BYTES + COUNTER_BYTES + NONCE_BYTES + _TAG_BYTES:
        raise DecryptionError()
    header = blob[VERSION_BYTES : VERSION_BYTES + COUNTER_BYTES]
    padded = decrypt(
        key, blob[VERSION_BYTES + COUNTER_BYTES :], _associated_v2(note_id, bytes(header))
    )
    try:
        return int.from_bytes(header, "big"), unpad(padded)
    except ValueError:
        raise DecryptionError() from None


def open_v1(key: bytes, blob: bytes, *, note_id: str) -> bytes:
    """The plaintext of a v1 envelope made for ``note_id`` under ``key``."""
    return decrypt(key, blob[VERSION_BYTES:], _ASSOCIATED_V1 + note_id.encode("utf-8"))
