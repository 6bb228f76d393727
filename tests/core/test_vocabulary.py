"""Every closed vocabulary has a label in its one home, shown the same by the screens and the CLI."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from shelterdesk.domain import enums, vocabulary
from shelterdesk.domain.enums import DocumentStatus, NeedPriority, ReferralPriority, ReferralStatus

VOCABULARIES = [cls for _name, cls in inspect.getmembers(enums, inspect.isclass)
                if issubclass(cls, StrEnum) and cls is not StrEnum]


@pytest.mark.parametrize("vocabulary_cls", VOCABULARIES, ids=lambda c: c.__name__)
def test_every_value_has_a_written_label(vocabulary_cls: type[StrEnum]) -> None:
    for value in vocabulary_cls:
        assert value.value in vocabulary.LABELS or (vocabulary_cls.__name__, value.value) in vocabulary.CONTEXT_LABELS


def test_a_value_shared_by_two_vocabularies_is_labelled_for_each() -> None:
    assert vocabulary.label(ReferralPriority.URGENT) == "Urgent (72 h)"
    assert vocabulary.label(NeedPriority.URGENT) == "Urgent"
    assert vocabulary.label(DocumentStatus.NONE) == "No document"


def test_labels_go_through_the_translator_in_the_labels_context() -> None:
    seen = []
    assert vocabulary.label(ReferralStatus.SENT, lambda ctx, text: seen.append(ctx) or text.upper()) == "SENT"
    assert seen == ["Labels"]
    assert vocabulary.status_action(ReferralStatus.SENT) == "Mark sent"
