"""An attacker killed by police, told as the end of what he did: 'before being shot by police'.

'A man shot three people at a store before being fatally shot by police' tells the
attacker's death with no word for him: the subject of 'before being killed' is the
subject of the clause, the one who shot the others.  GVA counts him among the dead.
Only 'before' (one shot 'after being shot by' someone is the victim) and only by the
police or an officer (by whom else he was killed is not said often enough to tell).
Used by casualties.py.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.sentences import Sentence

_KILLED_AT_THE_END_RE = re.compile(
    r"\bbefore\s+(?:he\s+was\s+|being\s+)(?:(?:fatally|mortally)\s+(?:shot|wounded)|killed|"
    r"shot\s+(?:dead|and\s+killed|to\s+death)|gunned\s+down)(?:\s+(?:him|her)self)?\s+"
    r"(?:\w+\s+){0,2}by\s+(?:the\s+|an?\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:police|officers?|deputies|deputy|troopers?|marksman|sniper|agents?)\b",
    re.IGNORECASE,
)
_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:kill(?:ed|ing)|shot|shooting|opened\s+fire|open\s+fire|gunning\s+down|gunned\s+down|"
    r"stabb(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|murder(?:ed|ing))\b",
    re.IGNORECASE,
)


def attacker_killed_at_the_end(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The attacker killed 'before being shot by police' after the harm he did in the same
    sentence; [] when his death is read already (a perpetrator killed in the sentence)."""
    text = sentence.text
    match = _KILLED_AT_THE_END_RE.search(text)
    if match is None or not _ATTACK_BEFORE_RE.search(text, 0, match.start()):
        return []
    if any(m.field == "killed" and m.category == "perpetrator" for m in mentions):
        return []
    return [
        Mention.in_sentence(
            sentence, "killed", 1, "perpetrator", match.start(), match.end(), singular=True
        )
    ]


def killed_before_him(victim: Mention, perpetrators: list[Mention]) -> bool:
    """'A man killed a cashier before being shot by police': the one killed before the
    attacker's end in the same sentence is his victim, not him told twice."""
    return any(
        p.sentence is victim.sentence
        and victim.end <= p.start
        and _KILLED_AT_THE_END_RE.match(p.sentence.text, p.start - p.sentence.start)
        for p in perpetrators
    )
