"""The killing of a named person told as a noun in all-capitals copy.

'THE MURDER OF TOMAS VERDUGO SOUGHT TO ...', 'THE ASSASSINATION IN QUITO OF PARTY
LEADER ANSELMO QUIROGA AND HIS COMPANION ELVIRA MONTANO': mixed-case copy ends the name at its
last capitalised word, but in capitals nothing marks where the name stops, so the
ordinary 'murder of someone' reading runs on into the clause and finds no person.  Here a
name is a run of two to four words each rare in English (as surnames are, wordfreq),
after a few ordinary words of title ('PARTY LEADER', 'JUDGE'); one death per name, at
most two.  Used by casualties.py before its mixed-case reading of such nouns.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.killing_nouns import named_killing
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.sentences import Sentence
from wirewatch.core.extraction.surnames import may_be_a_name

_KILLING_NOUN_RE = re.compile(r"(?:MURDERS?|ASSASSINATIONS?|KILLINGS?)$", re.IGNORECASE)
_OF_RE = re.compile(r"(?:\s+IN\s+[A-Z]+(?:\s+CITY)?)?\s+OF\s+")
_WORD_RE = re.compile(r"[A-Z][A-Z'’-]*|[,;:.()\[\]\"]")
"""Words and the punctuation between them: a comma ends a name ('RUIZ, COLONEL ...')."""
_NOT_CARRIED_OUT_RE = re.compile(
    r"\b(?:ATTEMPTED|ATTEMPTS?|PLOTS?|PLANNED|PLANS?|FAILED|THREATS?)\W*$"
)
"""'THE ATTEMPTED MURDER OF ...', 'A PLOT FOR THE ASSASSINATION OF ...': no one died."""
_COUNT_RE = re.compile(
    r"\d|\b(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|SEVERAL|MANY|DOZENS)\b"
)
_TITLE_WORDS = 5
"""Ordinary words allowed before the name: 'VETERAN SOCIAL DEMOCRATIC LEADER'."""
_ASIDE_OPENERS = frozenset(("OF", "WHO", "WHOSE", "WHICH", "A", "AN", "AGED"))
_STOP_WORDS = frozenset(("THE", "WHO", "WHICH", "THAT", "WAS", "WERE", "IS", "ARE", "BY", "ON"))


def _is_name_word(word: str) -> bool:
    """A word, not punctuation, rare enough in English to be part of a name."""
    return word[0].isalpha() and may_be_a_name(word)


def _name_at(words: list[str], start: int) -> int:
    """The end of a run of two to four name-like words from `start`, or -1."""
    end = start
    while end < len(words) and end - start < 4 and _is_name_word(words[end]):
        end += 1
    return end if end - start >= 2 else -1


def _first_name_start(words: list[str]) -> int:
    """Where the first name begins after at most a few ordinary title words, or -1."""
    for start in range(min(_TITLE_WORDS + 1, len(words))):
        if words[start] in _STOP_WORDS or not words[start][0].isalpha():
            return -1
        if _name_at(words, start) != -1:
            return start
    return -1


def _a_list_follows(words: list[str], end: int) -> bool:
    """'CARLOS RUIZ, COLONEL ANA VEGA, AND ...', 'ANA VEGA, OTHER MEMBERS, ...': a comma and
    more victims; not 'CARLOS RUIZ, OF THE COURT' or 'ANA VEGA, WHO ...', an aside."""
    return (
        words[end : end + 1] == [","]
        and words[end + 1 : end + 2] != []
        and (words[end + 1] not in _ASIDE_OPENERS)
    )


def _second_name(words: list[str], after: int) -> bool:
    """'... AND HIS COMPANION ELVIRA MONTANO', '... AND ELVIRA MONTANO': a second person named."""
    if after >= len(words) or words[after] != "AND":
        return False
    start = after + 1
    if start < len(words) and words[start] in ("HIS", "HER"):
        start += 2
    return _name_at(words, start) != -1


def killing_of_named_in_capitals(sentence: Sentence, trigger: re.Match[str]) -> list[Mention]:
    """One killed per person named after 'MURDER OF' in all-capitals copy (two at most);
    [] for mixed case, other words, or no name found."""
    text = sentence.text
    if text != text.upper() or not _KILLING_NOUN_RE.search(trigger.group(0)):
        return []
    if _NOT_CARRIED_OUT_RE.search(text[max(0, trigger.start() - 30) : trigger.start()]):
        return []
    of = _OF_RE.match(text, trigger.end())
    if of is None:
        return []
    after = text[of.end() : of.end() + 160]
    found = list(_WORD_RE.finditer(after))
    words = [m.group(0) for m in found]
    start = _first_name_start(words)
    if start == -1 or _COUNT_RE.search(after[: found[start].start()]):
        return []  # 'THE MURDER OF SIX PRIESTS': a count, read by the ordinary reading
    end = _name_at(words, start)
    if _a_list_follows(words, end):
        return []  # 'THE MURDERS OF A B, C D, AND E F': a list, read elsewhere
    return named_killing(sentence, 2 if _second_name(words, end) else 1, trigger.start(), of.end())
