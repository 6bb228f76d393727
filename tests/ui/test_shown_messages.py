"""`ui.shown.shown` shows what domain, storage and services say in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from shelterdesk.app import install_translations
from shelterdesk.domain.errors import IllegalTransition, NotFound, ValidationError
from shelterdesk.domain.messages import msg
from shelterdesk.domain.transitions import check_referral_transition
from shelterdesk.domain.validation import country_code
from shelterdesk.ui.shown import shown

WORDS = {
    ("Records", "There is no need number {number}."): "Tidak ada kebutuhan nomor {number}.",
    ("Transitions", "A referral that is {current} cannot become {new}. {reason}"):
        "Rujukan yang {current} tidak dapat menjadi {new}. {reason}",
    ("Transitions", "Allowed next: {allowed}."): "Berikutnya boleh: {allowed}.",
    ("Transitions", "draft"): "draf",
    ("Transitions", "completed"): "selesai",
    ("Transitions", "sent"): "terkirim",
    ("Transitions", "withdrawn"): "ditarik",
    ("Validation", "Enter a country."): "Masukkan negara.",
    ("Vault", "The vault is locked."): "Brankas data terkunci.",
    ("Vault", "Wait {seconds} seconds."): "Tunggu {detik} detik.",  # a translator broke the placeholder
}


class _Catalogue(QTranslator):
    """A catalogue in memory: the (context, English) pairs above."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return WORDS.get((context, source))  # None: not translated here, Qt asks the next catalogue


@pytest.fixture
def catalogue(qapp: QApplication):
    translator = _Catalogue()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_a_message_and_the_error_carrying_it_are_shown_translated_with_their_values(catalogue):
    message = msg("Records", "There is no need number {number}.", number=7)
    assert shown(message) == "Tidak ada kebutuhan nomor 7."
    assert shown(NotFound(message)) == "Tidak ada kebutuhan nomor 7."
    assert str(NotFound(message)) == "There is no need number 7."  # the command line's English


def test_messages_inside_a_message_are_translated_too(catalogue):
    with pytest.raises(IllegalTransition) as caught:
        check_referral_transition("draft", "completed")
    assert str(caught.value) == "A referral that is draft cannot become completed. Allowed next: sent, withdrawn."
    assert shown(caught.value) == "Rujukan yang draf tidak dapat menjadi selesai. Berikutnya boleh: terkirim, ditarik."


def test_a_validation_error_shows_one_translated_line_per_field(catalogue):
    error = ValidationError({"nationalities": msg("Validation", "Enter a country."),
                             "phone": msg("Vault", "The vault is locked.")})
    assert shown(error) == "Masukkan negara.\nBrankas data terkunci."


def test_a_translation_that_broke_a_placeholder_falls_back_to_english(catalogue):
    assert shown(msg("Vault", "Wait {seconds} seconds.", seconds=4)) == "Wait 4 seconds."


def test_plain_text_is_shown_as_it_is(catalogue):
    """Only Messages are looked up: bare English from below the UI is the fault the catalogue test catches."""
    assert shown(ValueError("Enter a country.")) == "Enter a country."
    assert shown(ValidationError({"country": "Enter a country."})) == "Enter a country."
    assert shown("Enter a country.") == "Enter a country."


@pytest.fixture
def indonesian(qapp: QApplication):
    locale = QLocale()
    translators = install_translations(qapp, "id")
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_shipped_catalogue_translates_domain_and_storage_messages(indonesian):
    assert indonesian, "shelterdesk_id.qm did not load"
    with pytest.raises(ValueError) as caught:
        country_code("Atlantis")
    assert shown(caught.value) == ("“Atlantis” bukan kode atau nama negara. Gunakan dua huruf seperti ID, CN, atau "
                                   "KH, atau nama negaranya.")
    assert shown(NotFound(msg("Records", "There is no need number {number}.", number=7))) == \
        "Tidak ada kebutuhan nomor 7."
