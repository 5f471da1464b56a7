"""The sealed form of a private note: padded to 256-byte buckets, bound to the note and
to its save counter, and the older v1 form still opening."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflectdesk.core.note_envelope import (
    COUNTER_BYTES,
    ENVELOPE_V2,
    VERSION_BYTES,
    envelope_counter,
    open_v1,
    open_v2,
    seal_v2,
)
from reflectdesk.core.vault_crypto import PAD_BUCKET, DecryptionError, encrypt, pad, unpad

KEY = bytes(range(32))
# Version, counter, nonce and tag around the padded plaintext.
OVERHEAD = VERSION_BYTES + COUNTER_BYTES + 12 + 16


# -- padding ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "padded"), [(0, 256), (1, 256), (252, 256), (253, 512), (508, 512), (509, 768)]
)
def test_padding_fills_to_the_next_bucket(length: int, padded: int) -> None:
    # 4 bytes of length go in front, so 252 bytes of text fill the first bucket exactly.
    assert len(pad(b"x" * length)) == padded


def test_a_short_and_a_longer_plaintext_pad_to_the_same_length() -> None:
    assert len(pad(b"a" * 10)) == len(pad(b"b" * 200)) == PAD_BUCKET


@given(st.binary(max_size=2_000))
def test_padding_round_trips_even_text_ending_in_zero_bytes(plaintext: bytes) -> None:
    assert unpad(pad(plaintext + b"\0\0")) == plaintext + b"\0\0"
    assert len(pad(plaintext)) % PAD_BUCKET == 0


@pytest.mark.parametrize(
    "padded",
    [
        b"",
        b"\0\0\0",
        (300).to_bytes(4, "big") + bytes(252),  # says longer than it is
        (2).to_bytes(4, "big") + b"ab" + b"\0x" + bytes(248),  # padding not all zeros
    ],
)
def test_inconsistent_padding_is_refused(padded: bytes) -> None:
    with pytest.raises(ValueError, match=r"too short|inconsistent"):
        unpad(padded)


# -- the v2 envelope --------------------------------------------------------------------


def test_v2_round_trips_with_its_counter() -> None:
    blob = seal_v2(KEY, b'{"title":"","body":"Hij zei"}', note_id="note-1", counter=7)

    assert blob.startswith(ENVELOPE_V2)
    assert envelope_counter(blob) == 7
    assert open_v2(KEY, blob, note_id="note-1") == (7, b'{"title":"","body":"Hij zei"}')


def test_v2_lengths_come_in_buckets() -> None:
    short = seal_v2(KEY, b"a" * 10, note_id="note-1", counter=1)
    longer = seal_v2(KEY, b"b" * 200, note_id="note-1", counter=1)
    long = seal_v2(KEY, b"c" * 300, note_id="note-1", counter=1)

    assert len(short) == len(longer) == OVERHEAD + 256
    assert len(long) == OVERHEAD + 512


def test_the_counter_is_authenticated() -> None:
    blob = seal_v2(KEY, b"text", note_id="note-1", counter=2)
    # Claiming to be a later save (to pass off an old envelope as current) breaks the tag.
    later = blob[:VERSION_BYTES] + (3).to_bytes(COUNTER_BYTES, "big") + blob[12:]

    assert envelope_counter(later) == 3
    with pytest.raises(DecryptionError):
        open_v2(KEY, later, note_id="note-1")


def test_v2_is_bound_to_its_note_and_key() -> None:
    blob = seal_v2(KEY, b"text", note_id="note-1", counter=1)

    with pytest.raises(DecryptionError):
        open_v2(KEY, blob, note_id="note-2")
    with pytest.raises(DecryptionError):
        open_v2(bytes(32), blob, note_id="note-1")


@pytest.mark.parametrize("length", [0, 4, 11, 12, 39])
def test_truncated_v2_envelopes_do_not_open(length: int) -> None:
    blob = seal_v2(KEY, b"text", note_id="note-1", counter=1)[:length]

    with pytest.raises(DecryptionError):
        open_v2(KEY, blob, note_id="note-1")


def test_a_counter_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError):
        seal_v2(KEY, b"text", note_id="note-1", counter=-1)
    with pytest.raises(ValueError):
        envelope_counter(ENVELOPE_V2 + b"\0\0")


# -- the older format -------------------------------------------------------------------


def test_a_v1_envelope_written_before_schema_0010_still_opens() -> None:
    # Built byte for byte as v1 was written: no counter, no padding, the note id only.
    plaintext = b'{"note":"note-1","title":"","body":"Hij zei"}'
    blob = b"RDv1" + encrypt(KEY, plaintext, b"reflectdesk/notes.sealed/note-1")

    assert envelope_counter(blob) == 0
    assert open_v1(KEY, blob, note_id="note-1") == plaintext
    with pytest.raises(DecryptionError):
        open_v1(KEY, blob, note_id="note-2")
