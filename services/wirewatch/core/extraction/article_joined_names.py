"""Arabic names the gazetteer knows only in part: "Busra Esh-Sham", "Mafraq ar Ruwayk", "Jabal
al-Zawiya".

An Arabic place name often joins two words with the article ("Tell al-Abyad", "Ras al-Ain").
When the gazetteer lacks the whole name, the scan still finds one of its words ("Busra", which
the gazetteer reads as Basra in Iraq; "Mafraq", a Jordanian town; "al-Zawiya", a Libyan city)
and places the note in the wrong country. A name written against the article and a capitalised
word is the head or the tail of a longer name, so it is no place of its own. Descriptors of a
town's own parts ("Baghdad al-Jadida", the new town; "Dar'a al-Balad", the old town) keep the
town.
"""

from __future__ import annotations

import re

ARTICLE = r"(?:(?i:al|el|ar|ash|esh|ech|ad|adh|az|ath)[ -]|(?i:as|an|at|es|en|et|ed|ez|ush|us)-)"
"""The Arabic article before the second word: words that are also English ("as", "at", "an")
count only when hyphenated to it ("as-Sweida"), never as in "Mosul as Iraqi forces"."""
JOINED_AFTER_RE = re.compile(rf"[ -]{ARTICLE}(?P<word>[A-Z][\w'\u2019]+)")
JOINED_BEFORE_RE = re.compile(r"(?P<word>[A-Z][\w'\u2019]+) $")
STARTS_WITH_ARTICLE_RE = re.compile(r"(?:al|el|ar|ash|esh|ad|az)[ -]|(?:Al|El|Ar|As|Ash|Ad|Az)-")
"""A mention that begins with the article: lower case ("al Zawiya") or hyphenated ("Al-Zawiya"),
not a title-case "At Kankakee"."""
TOWN_PART_WORDS = frozenset(
    {
        "jadida",
        "jadidah",
        "jadeeda",
        "jdeideh",
        "jdeidet",
        "balad",
        "kabir",
        "kabira",
        "kubra",
        "saghir",
        "sughra",
        "qadima",
        "qadimah",
        "sharqi",
        "sharqiya",
        "sharqiyah",
        "gharbi",
        "gharbiya",
        "gharbiyah",
        "shamali",
        "shamaliya",
        "janubi",
        "janubiya",
        "wusta",
        "mahatta",
        "mahattah",
        "markaz",
        "mina",
        "madina",
        "medina",
    }
)
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"\n]\s*)$")
CUE_WORDS = frozenset({"In", "At", "Near", "The", "On", "From", "To", "Of", "And", "Or", "Around"})


def part_of_longer_arabic_name(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is written as part of a longer name joined by an
    Arabic article: followed by "ar Ruwayk" / "Esh-Sham", or, when it begins with the article
    itself, preceded by a capitalised word ("Jabal al-Zawiya")."""
    after = JOINED_AFTER_RE.match(text, end)
    if after and after.group("word").lower() not in TOWN_PART_WORDS:
        return True
    if not STARTS_WITH_ARTICLE_RE.match(text, start):
        return False
    before = JOINED_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None or before.group("word") in CUE_WORDS or before.group("word").isupper():
        return False
    return SENTENCE_START_RE.search(text, max(0, before.start() - 3), before.start()) is None
