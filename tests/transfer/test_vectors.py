"""The test vectors printed in docs/SECURITY.md: the format is reproducible from its description."""

from __future__ import annotations

import hashlib

from shelterdesk.services.transfer_format import ShelterKey, open_package, public_keys, seal

SENDER_SIGN, SENDER_BOX = bytes(range(32)), bytes(range(32, 64))
RECIPIENT_SIGN, RECIPIENT_BOX = bytes(range(64, 96)), bytes(range(96, 128))
EPHEMERAL, PACKAGE_ID, NONCE = bytes(range(128, 160)), bytes(range(16)), bytes(range(12))


def test_vector_1_empty_package():
    sender = ShelterKey("Sender", *public_keys(SENDER_SIGN, SENDER_BOX))
    recipient = ShelterKey("Recipient", *public_keys(RECIPIENT_SIGN, RECIPIENT_BOX))
    assert sender.sign_public.hex() == "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
    assert sender.fingerprint == "XV27 UBYN ANKO AAYB JAUO NXYJ LNKS SQIQ"
    assert recipient.box_public.hex() == "675dd574ed7789310b3d2e7681f3790b466c773b1521fecf36577958371ea52f"
    assert recipient.fingerprint == "D4NK C6OX YHTW DJD3 AKPD TSZL SIKI 4I5M"
    package = seal({"cases": []}, sender_seed=SENDER_SIGN, sender=sender, recipient=recipient,
                   created_at="2026-12-01T00:00:00+00:00", package_id=PACKAGE_ID, ephemeral_private=EPHEMERAL,
                   nonce=NONCE)
    assert len(package) == 457
    assert hashlib.sha256(package).hexdigest() == "22adc427803758a2db33da1a6d95e86dd707f7ed44d93ba5a996896f11572550"
    assert package[-92:-64].hex() == "b77dcdf1d3f686d4f7d4b0ed0b12841bffa955ab37d2f914d9134c3e"
    opened = open_package(package, sender=sender, recipient=recipient, recipient_private=RECIPIENT_BOX)
    assert opened.payload == {"cases": []} and opened.package_id == PACKAGE_ID.hex()
