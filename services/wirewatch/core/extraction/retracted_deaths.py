"""Deaths first reported and then withdrawn: 'Early reports said one man had died, but that
proved to be incorrect.'

Breaking-news copy keeps the first account with its correction. A sentence that tells what
was said at first ('early reports', 'initially', 'was reported to have died') and is
corrected in the same or the next sentence ('incorrect', 'that number was corrected')
holds no death of its own: the figure that stands is told elsewhere.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.sentences import Sentence

_FIRST_ACCOUNT_RE = re.compile(
    r"\b(?:early|initial|first|preliminary)\s+reports?\b|\binitially\b|"
    r"\b(?:was|were)\s+reported\s+to\s+have\b|\breports\s+that\b",
    re.IGNORECASE,
)
_WITHDRAWN_RE = re.compile(
    r"\b(?:incorrect|inaccurate|erroneous|untrue|not\s+true|false|wrong|mistaken|"
    r"(?:was|were|been)\s+corrected|not\s+the\s+case|not\s+a\s+homicide)\b",
    re.IGNORECASE,
)


def withdrawn(sentences: list[Sentence], index: int) -> bool:
    """True when sentence `index` tells a first account that it or the next one withdraws."""
    text = sentences[index].text
    first = _FIRST_ACCOUNT_RE.search(text)
    if first is None:
        return False
    if _WITHDRAWN_RE.search(text, first.end()):
        return True
    return index + 1 < len(sentences) and bool(_WITHDRAWN_RE.search(sentences[index + 1].text))
