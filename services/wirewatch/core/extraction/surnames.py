"""One person named by surname alone, and the words that are never a person's name.

'The blast killed al-Fahal, two guards and ...', 'Castillo died at the scene': a capitalised
word rarer in English than SURNAME_MAX_ZIPF, in the place of a verb's victim, is one person.
NAME_STOPWORDS, the capitalised words that begin no name (months, titles, organisations),
are shared with the reader of full names in `victims.py`; `may_be_a_name` with the readers
of names in all-capitals copy.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.lexicon import PERSON_HEAD_RE
from wirewatch.core.extraction.victim_phrase import VictimPhrase

NAME_STOPWORDS = frozenset(
    [
        "in",
        "with",
        "of",
        "at",
        "on",
        "for",
        "to",
        "and",
        "after",
        "near",
        "by",
        "from",
        "into",
        "as",
        "shooting",
        "shot",
        "killed",
        "dead",
        "deceased",
        "the",
        "police",
        "sheriff",
        "department",
        "county",
        "city",
        "street",
        "avenue",
        "road",
        "state",
        "university",
        "high",
        "school",
        "news",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "north",
        "south",
        "east",
        "west",
        "new",
        "officer",
        "officers",
        "chief",
        "detective",
        "sgt",
        "lt",
        "capt",
        "mr",
        "mrs",
        "ms",
        "dr",
        "islamic",
        "army",
        "national",
        "governor",
        "president",
        "minister",
        "said",
        # organisations and places named like people ("Intelligence Services", "Red Cross")
        "services",
        "service",
        "agency",
        "forces",
        "force",
        "front",
        "party",
        "group",
        "ministry",
        "council",
        "company",
        "corporation",
        "bank",
        "hospital",
        "church",
        "mosque",
        "station",
        "airport",
        "market",
        "hotel",
        "brigade",
        "battalion",
        "regiment",
        "movement",
        "organization",
        "organisation",
        "committee",
        "association",
        "union",
        "cross",
        "crescent",
        "nations",
        "league",
        "authority",
        "office",
        "court",
        "prison",
    ]
)


_OBJECT_SURNAME_RE = re.compile(
    r"\b(?-i:killed|killing|kills|murdered|murdering|assassinated|assassinating|beheaded|"
    r"executed|shot\s+dead|shot\s+and\s+killed|struck|striking|hitting|wounding|injuring|"
    r"(?P<declared>pronounced|declared))\s+"
    r"(?P<name>(?:(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|abu)-)?(?-i:[A-Z][a-z'’]+)"
    r"(?:-(?-i:[A-Z][a-z'’]+))?)(?(declared)(?=\s+dead\b)|(?=\s*,|\s+and\b|\s*\.))",
    re.IGNORECASE,
)
"""'The blast killed al-Fahal, two guards and ...', 'doctors pronounced Walker dead', 'gunfire
struck Okafor and two others': one person named by surname alone."""


_SUBJECT_SURNAME_RE = re.compile(
    r"^(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+(?:(?:later|then|eventually)\s+)?"
    r"(?:died|was\s+(?:killed|pronounced\s+dead|declared\s+dead|shot\s+dead|fatally\s+shot)|"
    r"(?:suffered|sustained)\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:wounds?|injur(?:y|ies)))\b"
)
"""'Castillo died at the scene', 'Castillo suffered a minor hand injury': one person named by
surname alone, opening the sentence."""


SURNAME_MAX_ZIPF = 4.5
"""A word rarer than this in English (wordfreq Zipf scale) may be a surname: 'Walker' (4.4)
and 'Castillo' (3.1) are read, 'Major', 'Police' and 'Nobody' (5 and up) are not."""


def surname_phrases(text: str) -> list[VictimPhrase]:
    """Everyone named by surname alone in the sentence `text`: after a killing verb
    ('killed al-Fahal, ...'), then the one opening the sentence ('Castillo died ...')."""
    phrases = []
    for match in _OBJECT_SURNAME_RE.finditer(text):
        word = match.group("name").split("-")[-1]
        if word.lower() not in NAME_STOPWORDS and not PERSON_HEAD_RE.fullmatch(word):
            phrases.append(
                VictimPhrase(
                    match.start("name"),
                    match.end("name"),
                    1,
                    "civilian",
                    anaphoric=True,
                    singular=True,
                )
            )
    return phrases + _subject_surname(text)


def _subject_surname(text: str) -> list[VictimPhrase]:
    """The surname that opens 'Castillo died at the scene' (see SURNAME_MAX_ZIPF)."""
    match = _SUBJECT_SURNAME_RE.match(text)
    if match is None:
        return []
    word = match.group("name")
    if word.lower() in NAME_STOPWORDS or PERSON_HEAD_RE.fullmatch(word):
        return []
    if not may_be_a_name(word):
        return []
    return [VictimPhrase(0, match.end("name"), 1, "generic", anaphoric=True, singular=True)]


def may_be_a_name(word: str) -> bool:
    """A word rarer in English than SURNAME_MAX_ZIPF (wordfreq) may be a person's name."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < SURNAME_MAX_ZIPF
