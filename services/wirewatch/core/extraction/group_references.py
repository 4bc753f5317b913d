"""'Two gunmen opened fire ... The assailants were killed': a group told by a count first
and later only as 'the assailants' is that many people. The casualty reader works one
sentence at a time; this remembers the attackers counted so far so that the later
death of 'the attackers', 'both militants' or 'all members of the cell' gets its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirewatch.core.extraction.lexicon import ATTACKER_WORD_RE
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.sentences import Sentence
from wirewatch.core.extraction.victims import find_victim_phrases

_ATTACKER_NOUNS = (
    r"assailants|attackers|gunmen|militants|perpetrators|bombers|terrorists|insurgents|rebels|"
    r"fighters|hijackers|raiders"
)
_GROUP_KILLED_RE = re.compile(
    r"\b(?:the|all(?:\s+of\s+the)?|both(?:\s+of\s+the)?)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{_ATTACKER_NOUNS}|members)"
    r"(?:\s+of\s+(?:the\s+)?[\w()'’-]+(?:\s+[A-Z][\w()'’-]*){0,4})?"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:all\s+|also\s+|later\s+|eventually\s+|"
    r"subsequently\s+)?(?:killed|shot\s+dead|shot\s+and\s+killed)\b",
    re.IGNORECASE,
)
_ATTACKER_CATEGORIES = frozenset({"perpetrator", "combatant"})

_GROUP_WORD_RE = re.compile(rf"{ATTACKER_WORD_RE.pattern}|\bmembers\b", re.IGNORECASE)
"""A cheap test before reading a sentence's counted phrases: only groups are remembered."""


@dataclass
class GroupMemory:
    """The last count given for the attackers, and for each plural head noun, so far."""

    attackers: int | None = None
    by_noun: dict[str, int] = field(default_factory=dict)

    def remember(self, sentence: Sentence) -> None:
        """Note the counted groups of `sentence` ('Approximately six members of the cell')."""
        text = sentence.text
        if not _GROUP_WORD_RE.search(text):
            return
        for phrase in find_victim_phrases(text):
            if phrase.value < 2 or phrase.part or phrase.headless or phrase.vague:
                continue
            words = re.findall(r"[A-Za-z]+", text[phrase.start : phrase.end])
            head = words[-1].lower() if words else ""
            self.by_noun[head] = phrase.value
            if phrase.category in _ATTACKER_CATEGORIES:
                self.attackers = phrase.value

    def killed_by_reference(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """The death of a group told before by its count and now only by its name."""
        found = []
        for match in _GROUP_KILLED_RE.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(m.field == "killed" and start <= m.start < end for m in mentions):
                continue  # "the three militants were killed": read with its own count
            if re.search(r"\bof\s*$", sentence.text[: match.start()]):
                continue  # "two of the attackers were killed": a part, read as such
            noun = match.group("noun").lower()
            value = self.by_noun.get(noun) if noun == "members" else self.attackers
            if value:
                found.append(Mention("killed", value, "perpetrator", start, end,
                                     match.group(0), sentence))
        return found
