"""The phrases found in a reading and let stand."""

import re

from .negation import _negated
from .reading import _SENTENCE_BREAK, _SOFT_BREAK
from .rules import _IDIOMS, _RULES
from .scope import _ANSWERED_NO, _about_someone_else, _near, _resolved


def _let_go(text: str, loose: str, start: int, end: int, unless: re.Pattern | None) -> bool:
    """Whether a phrase found is set aside: an exception near it, a negation, an answer of
    no, someone else's story, a long-resolved past."""
    return bool(
        (unless and unless.search(_near(loose, start, end)))
        or _negated(text[:start], text[start:end])
        or _ANSWERED_NO.search(text[end:])
        or _about_someone_else(text, start, text[start:end])
        or _resolved(text, start, end)
    )


def _matches_in(
    reading: str,
    parts: list[tuple[int, int]] | None = None,
    *,
    first_only: bool = False,
    let_go: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str]]:
    """The phrases found in a reading (in the given parts of it) and let stand; the spans
    of those set aside as idioms, denials and the like go to let_go."""
    text = reading.replace(_SOFT_BREAK, _SENTENCE_BREAK)
    loose = reading.replace(_SOFT_BREAK, " ")
    idioms = [m.span() for idiom in _IDIOMS for m in idiom.finditer(text)]
    found = []
    for pattern, unless in _RULES:
        for match in (
            m
            for pos, endpos in parts or [(0, len(text))]
            for m in pattern.finditer(text, pos, endpos)
        ):
            start, end = match.span()
            start += match.group(0).startswith(" ")
            if start >= end:
                continue
            if any(start < i_end and i_start < end for i_start, i_end in idioms) or _let_go(
                text, loose, start, end, unless
            ):
                if let_go is not None:
                    let_go.append((start, end))
                continue
            found.append((start, end, text[start:end]))
            if first_only:
                return found
    return found
