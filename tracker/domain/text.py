"""Text every entry point refuses: what cannot be stored (a lone UTF-16 surrogate cannot be
encoded as UTF-8, so SQLite refuses it) or shown (control characters). Tabs and line breaks
are ordinary text. Forms, the importer and the command line all call `check_text`."""

from __future__ import annotations

import unicodedata

from tracker.domain.errors import ValidationError

#: Characters allowed although they are control characters: tab and line breaks.
_ALLOWED_CONTROLS = frozenset("\t\n\r")


def check_text(value: str | None, field: str) -> str | None:
    """Refuse text that cannot be stored or shown: lone UTF-16 surrogates, control characters."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError("That should be text.", field=field)
    if value.isprintable():  # the common case, checked in C: no control or surrogate characters
        return value
    for char in value:
        category = unicodedata.category(char)
        if category == "Cs" or (category == "Cc" and char not in _ALLOWED_CONTROLS):
            raise ValidationError(
                "This text contains characters that cannot be saved (invisible control characters "
                "or a broken character). Please type it again.",
                field=field,
            )
    return value
