"""The vault's primitives: known-answer vectors, and every way a ciphertext must fail."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hypothesis import given
from hypothesis import strategies as st

from reflectdesk.core.vault_crypto import (
    KEY_BYTES,
    DecryptionError,
    KdfParams,
    decrypt,
    derive_passphrase_key,
    derive_recovery_key,
    encrypt,
    format_recovery_key,
    new_data_key,
    new_recovery_key,
    new_salt,
    parse_recovery_key,
    retry_delay,
    unwrap_key,
    wrap_key,
)

# -- known answers ----------------------------------------------------------------------


def test_argon2id_matches_rfc_9106_test_vector() -> None:
    """RFC 9106 section 5.3: the library we rely on computes the published tag."""
    kdf = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    )
    tag = kdf.derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_our_derivation_is_argon2id_with_the_stored_parameters() -> None:
    params = KdfParams(memory_kib=32, iterations=3, lanes=4)
    salt = b"\x02" * 16
    expected = Argon2id(salt=salt, length=32, iterations=3, lanes=4, memory_cost=32).derive(
        b"correct horse"
    )
    assert derive_passphrase_key("correct horse", salt, params) == expected


# NIST / McGrew-Viega GCM test case 16 (AES-256, 60-byte plaintext, 20-byte AAD).
_GCM_KEY = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"
_GCM_IV = "cafebabefacedbaddecaf888"
_GCM_PLAIN = (
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"
)
_GCM_AAD = "feedfacedeadbeeffeedfacedeadbeefabaddad2"
_GCM_CIPHER = (
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
)
_GCM_TAG = "76fc6ece0f4e1768cddf8853bb2d551b"


def test_aes_gcm_matches_nist_test_vector() -> None:
    key, iv = bytes.fromhex(_GCM_KEY), bytes.fromhex(_GCM_IV)
    sealed = AESGCM(key).encrypt(iv, bytes.fromhex(_GCM_PLAIN), bytes.fromhex(_GCM_AAD))
    assert sealed.hex() == _GCM_CIPHER + _GCM_TAG


def test_our_decrypt_opens_the_nist_vector() -> None:
    """Our blob layout is nonce || ciphertext || tag; the vector fits it exactly."""
    blob = bytes.fromhex(_GCM_IV + _GCM_CIPHER + _GCM_TAG)
    plain = decrypt(bytes.fromhex(_GCM_KEY), blob, bytes.fromhex(_GCM_AAD))
    assert plain.hex() == _GCM_PLAIN


# -- failing cleanly --------------------------------------------------------------------


def _sealed() -> tuple[bytes, bytes]:
    key = new_data_key()
    return key, encrypt(key, "Patiënt X, İstanbul".encode(), b"reflectdesk/notes.sealed/n1")


def test_round_trip() -> None:
    key, blob = _sealed()
    assert decrypt(key, blob, b"reflectdesk/notes.sealed/n1") == "Patiënt X, İstanbul".encode()


def test_each_encryption_uses_a_fresh_nonce() -> None:
    key = new_data_key()
    assert encrypt(key, b"same", b"ad") != encrypt(key, b"same", b"ad")


def test_wrong_key_fails() -> None:
    _, blob = _sealed()
    with pytest.raises(DecryptionError):
        decrypt(new_data_key(), blob, b"reflectdesk/notes.sealed/n1")


def test_swapped_associated_data_fails() -> None:
    key, blob = _sealed()
    with pytest.raises(DecryptionError):
        decrypt(key, blob, b"reflectdesk/notes.sealed/n2")


@given(position=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_any_tampered_byte_fails(position: int, flip: int) -> None:
    key, blob = _sealed()
    index = position % len(blob)
    tampered = blob[:index] + bytes([blob[index] ^ flip]) + blob[index + 1 :]
    with pytest.raises(DecryptionError):
        decrypt(key, tampered, b"reflectdesk/notes.sealed/n1")


@pytest.mark.parametrize("length", [0, 1, 12, 27])
def test_truncated_blobs_fail(length: int) -> None:
    key, blob = _sealed()
    with pytest.raises(DecryptionError):
        decrypt(key, blob[:length], b"reflectdesk/notes.sealed/n1")


def test_wrapped_key_for_one_purpose_does_not_open_as_another() -> None:
    kek, data_key = new_data_key(), new_data_key()
    wrapped = wrap_key(kek, data_key, purpose=b"passphrase")
    assert unwrap_key(kek, wrapped, purpose=b"passphrase") == data_key
    with pytest.raises(DecryptionError):
        unwrap_key(kek, wrapped, purpose=b"recovery")


def test_wrong_passphrase_does_not_unwrap() -> None:
    params, salt, data_key = KdfParams.for_tests(), new_salt(), new_data_key()
    wrapped = wrap_key(derive_passphrase_key("right one", salt, params), data_key, purpose=b"p")
    with pytest.raises(DecryptionError):
        unwrap_key(derive_passphrase_key("wrong one", salt, params), wrapped, purpose=b"p")


def test_passphrase_is_normalised_before_derivation() -> None:
    params, salt = KdfParams.for_tests(), new_salt()
    composed, decomposed = "caf\u00e9 Hüseyin", "cafe\u0301 Hu\u0308seyin"
    assert derive_passphrase_key(composed, salt, params) == derive_passphrase_key(
        decomposed, salt, params
    )


# -- parameters, recovery key, retry delay ----------------------------------------------


def test_default_parameters_are_rfc_9106_second_option() -> None:
    assert KdfParams() == KdfParams(memory_kib=65536, iterations=3, lanes=4)
    assert KdfParams.from_json(KdfParams().to_json()) == KdfParams()


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        '{"memory_kib": 65536, "iterations": 3}',
        '{"memory_kib": 65536, "iterations": 3, "lanes": 4, "x": 1}',
        '{"memory_kib": "64M", "iterations": 3, "lanes": 4}',
        '{"memory_kib": 99999999999, "iterations": 3, "lanes": 4}',
        '{"memory_kib": 65536, "iterations": 0, "lanes": 4}',
        '{"memory_kib": 65536, "iterations": true, "lanes": 4}',
    ],
)
def test_insane_stored_parameters_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        KdfParams.from_json(text)


def test_recovery_key_round_trips_through_forgiving_typing() -> None:
    secret = new_recovery_key()
    shown = format_recovery_key(secret)
    assert len(shown.split("-")) == 8 and all(len(part) == 4 for part in shown.split("-"))
    typed = " ".join(shown.lower().split("-")).replace("o", "0").replace("i", "1")
    assert parse_recovery_key(typed) == secret
    assert len(derive_recovery_key(secret)) == KEY_BYTES


@pytest.mark.parametrize("typed", ["", "ABCD", "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-456!", "é" * 32])
def test_malformed_recovery_keys_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_recovery_key(typed)


def test_retry_delay_grows_after_three_failures_and_is_capped() -> None:
    assert [retry_delay(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert retry_delay(100) == 60
