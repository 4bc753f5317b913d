"""One who 'died of a self-inflicted gunshot wound': the shooter who took his own life.

'Smith died of a self-inflicted gunshot wound' tells a death by one's own hand with
no reflexive pronoun, so the reader finds a plain death ('Smith died') that it cannot
tell from a victim's.  A self-inflicted wound is one the dead gave himself: in a
shooting story he is the shooter (GVA counts him among the dead, beside those he
shot).  Reading him as the attacker lets the tally count him once, apart from his
victims ('he died of a self-inflicted wound after killing two': three dead), and know
him when he is told again ('the gunman was found dead').  Only a death told right
before the wound ('died of', 'was found dead from'), not a wound only suspected to be
self-inflicted ('whether the wound was self-inflicted').  Used by casualties.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.sentences import Sentence

_OWN_WOUND_AFTER_RE = re.compile(
    r"(?:\s+(?:at\s+the\s+scene|at\s+(?:a|the)\s+hospital|later|apparently|inside|there))?"
    r"\s+(?:of|from)\s+(?:what\s+(?:appear(?:s|ed)|(?:is|was)\s+believed|police\s+"
    r"(?:said|say|believe)\s+(?:was|is|appeared)|(?:was|is)\s+(?:an?\s+)?(?:apparent|"
    r"believed\s+to\s+be))(?:\s+to\s+(?:be|have\s+been))?\s+)?"
    r"(?:an?\s+)?(?:apparent(?:ly)?\s+|possible\s+|single\s+|lone\s+)?"
    r"self[-\s]inflicted\b",
    re.IGNORECASE,
)


def self_inflicted_deaths(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with one person told as dying 'of a self-inflicted wound' read as the
    attacker who took his own life; the phrase is carried to the wound so the tally sees
    it was his own hand."""
    result = []
    for mention in mentions:
        after = sentence.text[mention.end - sentence.start :]
        match = _OWN_WOUND_AFTER_RE.match(after)
        if (
            mention.field != "killed"
            or not mention.singular
            or mention.value != 1
            or mention.category == "perpetrator"
            or match is None
        ):
            result.append(mention)
            continue
        end = mention.end + match.end()
        result.append(
            replace(
                mention,
                category="perpetrator",
                anaphoric=False,
                end=end,
                phrase=sentence.text[mention.start - sentence.start : end - sentence.start],
            )
        )
    return result
