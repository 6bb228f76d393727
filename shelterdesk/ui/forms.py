"""The form building blocks under one import, for screens that use several kinds.

Each kind lives in its own module: fields in `form_fields`, headings and the
layout in `form_layout`, the country and language pickers in `code_pickers`,
the notice bar in `notice_bar`, vocabulary labels in `vocabulary_labels`.
"""

from .code_pickers import CodeListField
from .form_fields import (
    ERROR_STYLE,
    CheckField,
    ChecksField,
    ChoiceField,
    DateField,
    Field,
    IntField,
    ListField,
    MultiLineField,
    TextField,
    tr,
)
from .form_layout import form_layout, heading
from .notice_bar import NoticeBar
from .vocabulary_labels import enum_label, enum_options, status_action

__all__ = [
    "ERROR_STYLE",
    "CheckField",
    "ChecksField",
    "ChoiceField",
    "CodeListField",
    "DateField",
    "Field",
    "IntField",
    "ListField",
    "MultiLineField",
    "NoticeBar",
    "TextField",
    "enum_label",
    "enum_options",
    "form_layout",
    "heading",
    "status_action",
    "tr",
]
