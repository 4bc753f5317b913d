"""Whether a toll takes the attackers in.

GTD counts the attackers who died in its toll, so the tally adds them to the victims unless
a figure already holds them. Two readings of that:

- a toll that names the attackers inside its 'including' ('nine people, including all
  seven assailants, were killed') holds them already;
- a suicide attacker is counted dead by what he set out to do (`suicide_attackers`), even
  when the text never says he died; when the text tells him hurt ('the assailant and a
  police officer were injured'), his device failed him and he lived: he is one of the
  wounded, not one more dead.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.stated_figures import SUICIDE_RE

_LISTED_ATTACKERS_INCLUDED_RE = re.compile(
    r"\bincluding\s+(?:[^.;,]{1,40},\s*[^.;,]{1,40},\s*and\s+)?"
    r"(?:the|all|both|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+)?"
    r"(?:gunm[ae]n|attackers|assailants|bombers|perpetrators|militants|terrorists)\b"
    r"(?=\s*(?:,|were\b|have\b|had\b|died\b))",
    re.IGNORECASE,
)


def lists_the_attackers(text: str) -> bool:
    """'nine people, including all seven assailants, were killed', 'eight people, including
    a civilian, two guards, and five assailants were killed': the attackers, counted with a
    number word the plainer pattern of `casualties` does not know or listed last of three
    or more, are in the toll. Not 'seven people, including an officer, and six assailants
    were killed': the aside closes before 'and', and the assailants are told apart."""
    return bool(_LISTED_ATTACKERS_INCLUDED_RE.search(text))


_THE_ATTACKER_HURT_RE = re.compile(
    r"\bthe\s+(?:suicide\s+)?(?:assailant|attacker|bomber)\b(?!['’])", re.IGNORECASE
)


def without_attackers_told_hurt(mentions: list[Mention]) -> list[Mention]:
    """Drop the implied death of a lone suicide attacker whom a figure of hurt names ('the
    assailant and a guard were injured'), unless a figure of dead names him too."""
    implied = [
        m
        for m in mentions
        if m.field == "killed"
        and m.category == "perpetrator"
        and m.value == 1
        and SUICIDE_RE.fullmatch(m.phrase)
    ]
    if not implied:
        return mentions
    named = {
        m.field
        for m in mentions
        if m not in implied and not m.zero and _THE_ATTACKER_HURT_RE.search(m.phrase)
    }
    if "wounded" not in named or "killed" in named:
        return mentions
    return [m for m in mentions if m not in implied]
