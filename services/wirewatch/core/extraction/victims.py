"""Victim phrases in a sentence: "12 Iraqi policemen", "a 20-year-old man", "him".

A casualty verb is only as good as the phrase it counts. This module finds every
phrase that could name a group of people, with its size and category, and drops
numbers that count other things (vehicles, years, ages, money, distances).

The phrase itself is `victim_phrase.py`; asides that name a group's members
(`appositions.py`) and people named by surname alone (`surnames.py`) are read in
modules of their own.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.appositions import (
    ages_of_members_kept_in,
    without_appositive_members,
)
from wirewatch.core.extraction.lexicon import (
    ADDITIVE_RE,
    NON_PERSON_RE,
    PART_RE,
    PERSON_HEAD_RE,
    PRONOUN_RE,
    TRIGGER_RE,
)
from wirewatch.core.extraction.numbers import SMALL_COUNT, Quantity, find_quantities
from wirewatch.core.extraction.surnames import NAME_STOPWORDS, surname_phrases
from wirewatch.core.extraction.title_case_verbs import follows_a_capitalised_verb
from wirewatch.core.extraction.victim_phrase import VictimPhrase

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_AFTER_NOT_COUNT_RE = re.compile(
    rf"^(?:[-–]|\s)*(?:years?|yr|months?|weeks?|days?)[\s–-]*old|^[-–](?:year|month|week|day)"
    rf"|^\s*(?:{_MONTH})\b|^-?\s*block\b"
    r"|^\s*(?:y/o|y\.o\.|yo)(?!\w)|^-\s+(?:and|or|to)\s+\d{1,3}-(?:year|month)"
    r"|^-y(?:e(?:ar?)?)?(?:\s|$)"  # a headline cut short: "killed 6-y - WAFB"
    r"|^\s*(?:%|per\s*cent|percent|a\.m|p\.m|am\b|pm\b|gauge|caliber|calibre|mm\b|hours?\b)"
    r"|^\s+(?:more\s+)?times\b"  # "shot three more times": shots, not people
    r"|^(?:st|nd|rd|th)\b|^\s*(?:-|to)\s*\d+\s*(?:a\.m|p\.m)|^:\d\d|^\s*(?:of|in)\s+(?:the\s+)?(?:"
    r"\d{4}|" + _MONTH + r")\b",
    re.IGNORECASE,
)
_BEFORE_NOT_COUNT_RE = re.compile(
    rf"(?:\b(?:{_MONTH})\.?|\bno\.?|\bnumber|\bnos?\.|\bage[sd]?|\bhighway|\broute|\binterstate|"
    r"\bblock|\bstreet|\bcalibre|\bcaliber|\bunit|\bapartment|\bsuite|\broom|\bchannel|[$£€#]|"
    r"\bat|\bstation|\bpage|\bpart|\bfrom|\bsince|\bbetween|\bthe\s+\w+'s|\bimage|"
    r"\bimage\s+\d+\s+of\s*/?|\bwho\s+(?:was|is)|"
    r"\b(?:father|mother|dad|mom|mum|parent|grand(?:father|mother|parent))\s+of)\s*$",
    re.IGNORECASE,
)
_APPOSITIVE_AGE_RE = re.compile(
    r"(?:[\w.'’]\s*,|\(|\baged?|,\s*(?:both|each|also)|(?-i:[A-Z][a-z'’]+)\s)\s*$",
    re.IGNORECASE,
)
"""Before an age: 'John Smith, 24,', 'aged 30', 'two men, both 23,', 'Ed Cole 21,'."""
_AGE_AFTER_RE = re.compile(
    r"\s*[,);(]|\s+of\s+[A-Z]|\s+and\s+\d{1,3}\s*[,)]|\s+(?:and|&)\s+[A-Z]"
    r"|\s+(?:were\s+|are\s+)?all\b"
)
"""After an age set off by commas: 'Ed Cole, 21, died', '..., 25 and Tobias Kahn, 32',
'..., 31 all died'."""
_STREET_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Lane|Ln|"
    r"Way|Court|Ct|Hwy|Highway|Pike|Place|Pl|Parkway|Pkwy|Circle|Cir|Terrace)\b"
)
"""'a shooting 2501 Carter Homestead Rd.': a house number (read for numbers of 100 and up)."""
_AGES_LIST_RE = re.compile(
    r"\bage[sd]?\s+\d{1,3}(?:\s*(?:,\s*and|,|and|&)\s*\d{1,3})*\s*(?:,\s*and|,|and|&)\s*$",
    re.IGNORECASE,
)
"""'ages 7 and 5', 'ages 25, 26, and 33': the later numbers of a list of ages."""
_SECOND_AGE_RE = re.compile(r"[\w.'’]\s*,\s*\d{1,3}\s+and\s+$")
"""'Two boys, 14 and 18,': the second of a list of ages."""
_SINGULAR_DET_RE = re.compile(
    r"\b(?P<det>a|an|one|another|his|her|their|the|a\s+second|a\s+third|this|that)"
    r"(?P<mods>(?:\s+[\w'’./-]+){0,4}?)\s+(?=\S)",
    re.IGNORECASE,
)
_NAME_RE = re.compile(
    r"(?:\b(?:\d{1,3}|[a-z]+)-year-old\s+)?\b[A-Z][a-z'’]+[A-Za-z'’]*(?:\s+[A-Z]\.)?"
    r"(?:\s+(?:[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?|de|del|la|van|von)){1,3}"
    r"(?:\s+(?:Jr|Sr|II|III)\.?)?(?:,\s*(?:\d{1,2}|aged\s+\d{1,2}),)?"
)
_KIN_RE = re.compile(
    r"\b(?:father|mother|son|daughter|wife|husband|brother|sister|girlfriend|boyfriend|"
    r"friend|cousin|uncle|aunt|grand\w+|child|baby|nephew|niece|partner|fianc\w+|"
    r"roommate|neighbou?r|stepson|stepdaughter|stepfather|stepmother)$"
)
_KILLING_VERBS = r"kill(?:s|ed|ing)?|shot|shoots?|murder(?:s|ed|ing)?"
_KILLERS_OTHER_RE = re.compile(
    rf"\b(?:{_KILLING_VERBS}|stabb(?:ed|ing)|(?:death|killing|murder|shooting)\s+of)\s+$",
    re.IGNORECASE,
)
"""Before "another" that is someone other than the killer, not one more victim: "a
17-year-old killed another teen", "charged in the shooting death of another man"."""
_KILLING_OF_SOMEONE_RE = re.compile(
    rf"\b(?:{_KILLING_VERBS}|shooting)\s+(?:\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|a|an|his|her|their|the)\s",
    re.IGNORECASE,
)
_AFTER_THE_SHOOTER_RE = re.compile(
    rf"\bafter\s+(?:police\s+(?:say|said)\s+)?(?:he|she)\s+(?:\w+ly\s+)?(?={_KILLING_VERBS}\s+$)",
    re.IGNORECASE,
)
"""'arrested after he accidentally shot another man': 'after' opens the clause that tells
the shooting itself, not a shooting after another one ('after killing his wife, he shot
another man')."""
_SEQUENCE_RE = re.compile(r"\b(?:then|also|later|again|before|after|went\s+on)\b", re.IGNORECASE)


def _killers_other(text: str, start: int) -> bool:
    """True when "another" at `start` is the killer's victim told apart from the killer,
    not one more victim after others ("then killed another woman", "killing two people at
    a bank and another at an office")."""
    before = text[:start]
    verb = _KILLERS_OTHER_RE.search(before)
    return bool(verb) and not _SEQUENCE_RE.search(_AFTER_THE_SHOOTER_RE.sub(" ", before[-40:])) \
        and not \
        _KILLING_OF_SOMEONE_RE.search(before, 0, verb.start())


_PLACE_LEAD_RE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside)|(?:\d|,)\s*,?\s*of)\s+"
    r"(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|d[aeo]s?|del|la|el|al)){0,3},\s*)?$"
)
"""Before a place's name: "killed in Cedar Rapids", "Tom Ruiz, 16, of Elmdale", and the
region after its town ("in Belo Horizonte, Minas Gerais")."""
_SINGULAR_HEADS_PLURAL_LOOKING = frozenset(
    {"boss", "witness", "actress", "waitress", "himself", "herself", "hostess", "mistress"}
)
MAX_MODIFIERS = 4
# Words that end a noun phrase before any person noun is reached ("911 call reporting a
# child ...", "3 hours after the man ...").
_HEAD_STOPS = frozenset(
    [
        "a", "an", "the", "this", "that", "to", "for", "from", "with", "after", "before",
        "said", "says", "call", "calls", "than", "as", "into", "over", "under", "about",
        "near", "each", "per",
    ]
)
# Plural nouns for people not listed in the lexicon ("concertgoers", "churchgoers").
_NAME_AFTER = r"\s+[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+"
_NAME_AFTER_RE = re.compile(_NAME_AFTER)
"""A two-word name right after a phrase ('18-year-old Dequan Barnett'): the name reading,
which starts at the age, takes the person."""
# "11-year-old boy" without a determiner (headline style): one person.
_BARE_AGE_RE = re.compile(
    r"(?<![\w-])(?<!\ba\s)(?<!\ban\s)(?:(?:\d{1,3}|[a-z]+)-(?:year|month)-old|\d{1,3}\s?y/o)"
    r"(?:\s+(?-i:[A-Z][\w'’.-]+\s+){0,2}?"  # "6-year-old Elmdale girl": a place between
    r"(?:boy|girl|man|woman|child|baby|infant|toddler|teen|teenager|son|daughter|student))?\b"
    rf"(?!(?-i:{_NAME_AFTER}))",
    re.IGNORECASE,
)
# Capitalised plurals of peoples and groups not in the lexicon ("Arbakis", "Afghans").
_DEMONYM_PLURAL_RE = re.compile(r"[A-Z][a-z]+(?:is|ans|ians|ese)")
_PERSON_SUFFIX_RE = re.compile(r"[a-z]+(?:goers|ians|ists|ees)", re.IGNORECASE)


def find_victim_phrases(text: str) -> list[VictimPhrase]:
    """Every phrase in the sentence `text` that can count people, ordered by start."""
    phrases: list[VictimPhrase] = []
    taken: list[tuple[int, int]] = []
    for quantity in find_quantities(text):
        phrase = _counted_phrase(text, quantity)
        if phrase is not None:
            phrases.append(phrase)
            taken.append((quantity.start, phrase.end))
    singular = _singular_phrases(text)
    for phrase in singular:
        longest = _longest_at(phrase, singular)
        if any(s <= longest.start < e or longest.start <= s < longest.end for s, e in taken):
            longest = phrase
        if not any(s <= phrase.start < e or phrase.start <= s < phrase.end for s, e in taken):
            phrases.append(longest)
            taken.append((longest.start, longest.end))
    phrases = ages_of_members_kept_in(text, sorted(phrases, key=lambda p: p.start))
    return without_appositive_members(text, phrases)


def _longest_at(phrase: VictimPhrase, phrases: list[VictimPhrase]) -> VictimPhrase:
    """The longest phrase read where `phrase` starts: 'and 23-year-old woman' (a person of
    an age) rather than the bare age a list reader took from it. Names are left out: a
    name reader may run on past the person ('Man de' of 'Man dead')."""
    return max((p for p in phrases if p.start == phrase.start and not p.anaphoric),
               key=lambda p: p.end, default=phrase)


_PART_OF_COUNT_RE = re.compile(
    rf"\b(?:{SMALL_COUNT}|several|some|most|many|which)\s+of\s+"
    r"(?:(?:the|those|these|its|their|his|her)\s+)?$",
    re.IGNORECASE,
)
_PART_VERB_RE = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been|has\s+died|have\s+died|died)\b"
    r"|\s+(?:who\s+(?:were|had\s+been)\s+)?(?:shot|wounded|injured|hurt|hit)\b[^.;,]{0,80}?,?"
    r"\s+(?:has\s+died|have\s+died|died|(?:was|were)\s+(?:killed|pronounced))\b",
    re.IGNORECASE,
)
"""The part's own verb: 'three of the ten were ...', 'one of five people shot outside the
bar has died', 'two of the four who were shot died'; not 'one of the three men shot last
week was an associate'."""
_FAMILY_OF_RE = re.compile(
    r"\b(?:an?|the|one|entire|whole)\s+(?:(?:entire|whole)\s+)?family\s+of\s+$", re.IGNORECASE
)


def _counted_phrase(text: str, quantity: Quantity) -> VictimPhrase | None:
    """'12 Iraqi policemen' -> 12 security; None when the number counts something else."""
    after = text[quantity.end : quantity.end + 80]
    before = text[max(0, quantity.start - 20) : quantity.start]
    family = _FAMILY_OF_RE.search(text, 0, quantity.start)
    if family:  # "a family of six"
        return VictimPhrase(family.start(), quantity.end, quantity.value, "civilian",
                            vague=quantity.vague, approximate=quantity.approximate)
    if _AFTER_NOT_COUNT_RE.search(after) or _BEFORE_NOT_COUNT_RE.search(before):
        return None
    if _SECOND_AGE_RE.search(before) or (
        _APPOSITIVE_AGE_RE.search(before)
        and _AGE_AFTER_RE.match(after)
        and not follows_a_capitalised_verb(before)  # "Gunman Kills 3, Flees"
    ):
        return None  # "John Smith, 24, was shot", "Ann Lee, 32 of Elmdale": an age
    if _AGES_LIST_RE.search(before):
        return None  # "ages 7 and 5": a list of ages
    if re.match(r"\s*(?:call(?:er|ers|s)?|dispatch\w*|operators?|emergency)\b", after, re.I):
        return None  # "a 911 call", "911 caller": a phone number
    if quantity.value > 1 and re.match(r"\s+(?:was|is|has)\b", after):
        return None  # "Jones, 26 was shot": a count would take a plural verb
    if re.match(r"\s*(?:and|or|to|-)\s*\d{1,3}\s*[-–]?\s*(?:years?|yrs?)[\s–-]*old", after, re.I):
        return None  # "aged 9 and 14 years old"
    if re.fullmatch(r"(?:1[89]|20)\d\d", quantity.text.strip()):
        return None  # a year
    if quantity.value >= 100 and _STREET_AFTER_RE.match(after):
        return None  # a house number
    head = _head_after(after)
    flags = _flags(text, quantity.start, quantity.end + (head[1] if head else 0))
    if head is None:
        if re.match(r"\s*(?:of\s+(?:them|whom|those|these|the|his|her|their))\b", after, re.I):
            flags["part"] = True
        pronoun = re.match(r"\s*of\s+(?:them|the\s+(?:wounded|injured))\b", after, re.I)
        return VictimPhrase(
            quantity.start,
            quantity.end + (pronoun.end() if pronoun else 0),  # "one of them/the wounded died"
            quantity.value,
            "generic",
            headless=True,
            vague=quantity.vague,
            approximate=quantity.approximate,
            **flags,
        )
    if head[0] is None:
        return None
    complement = _OF_COMPLEMENT_RE.match(after, head[1])
    if complement and _STATE_END_RE.search(complement.group()):
        # "left four members of the guard dead": the state word is no part of the name
        complement = _OF_COMPLEMENT_RE.match(after[: complement.end()].rsplit(None, 1)[0],
                                             head[1])
    end = complement.end() if complement else head[1]
    if _PART_OF_COUNT_RE.search(before) and _PART_VERB_RE.match(
        text, quantity.end + end, quantity.end + end + 160
    ):
        # "three of the 10 laborers were beheaded", "three of four members of a family were
        # shot", "one of five people shot outside the bar has died": the part is the count
        return None
    category = head[0]
    if _MEMBERS_RE.search(after[: head[1]]):
        category = _group_category(after[head[1] :]) or category
    return VictimPhrase(
        quantity.start,
        quantity.end + end,
        quantity.value,
        category,
        singular=quantity.value == 1 and not quantity.qualifier,
        vague=quantity.vague,
        approximate=quantity.approximate,
        **flags,
    )


_OF_COMPLEMENT_RE = re.compile(
    r"\s+of\s+(?:(?:the|his|her|their|its|a|an|this|that)\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,3}?"
    r"[A-Za-z][\w'’.-]*(?=\s*(?:[,.;:]|$)|\s+(?:were|was|are|is|have|has|had|who|died|killed|"
    r"wounded|injured|and|in|on|at|during|when|also)\b)",
    re.IGNORECASE,
)
"""'two members of his escort': the count's head takes its complement along, so that the
escort is not read as one more person."""


_MEMBERS_RE = re.compile(r"\b(?:members|elements|personnel|ranks)\s*$", re.IGNORECASE)


_OF_GROUP_RE = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?((?:[\w'’.-]+\s+){0,3}[\w'’.-]+)")


def _group_category(after_head: str) -> str | None:
    """'seven members of the Algerian security forces' are security forces, 'members of the
    armed group' combatants: a member's category is the group's. Read from the first words
    after 'of', not from `_OF_COMPLEMENT_RE`, which gives up on a complement that runs on
    ('... security forces responding to the attack')."""
    group = _OF_GROUP_RE.match(after_head)
    for match in PERSON_HEAD_RE.finditer(group.group(1) if group else ""):
        if match.lastgroup and match.lastgroup not in ("civilian", "generic"):
            return match.lastgroup
    return None


_STATE_END_RE = re.compile(r"\s(?:dead|killed|wounded|injured|hurt)$", re.IGNORECASE)


def _head_after(after: str) -> tuple[str | None, int] | None:
    """The category and end of the person noun heading `after`; (None, _) for things."""
    position = 0
    for _ in range(MAX_MODIFIERS + 1):
        match = re.match(
            r"(?:\s+of\s+(?:them|whom|those|these|the|his|her|their))?\s+([\w'’./-]+)",
            after[position:],
            re.IGNORECASE,
        )
        if match is None:
            return None
        word_start = position + match.start(1)
        word = match.group(1)
        if word.lower().endswith("ing") or word.lower() in _HEAD_STOPS:
            return None
        if word.lower() in (
            "and",
            "or",
            "were",
            "was",
            "are",
            "is",
            "killed",
            "dead",
            "deceased",
            "died",
            "wounded",
            "injured",
            "shot",  # "4 shot in Gert Town": a headline's count of people hit
            "hurt",
            "stabbed",
            "in",
            "on",
            "at",
            "by",
            "when",
            "who",
            "had",
        ):
            return None
        category = _category(after[word_start:])
        if category is not None:
            return _compound(after, category[0], word_start + category[1])
        if NON_PERSON_RE.match(after, word_start) and not (word[0].isupper() and
                                                           not after.isupper()):
            return (None, 0)  # "three vehicles"; but "State" in "Islamic State fighters" is a name
        if _DEMONYM_PLURAL_RE.fullmatch(word):
            return "civilian", word_start + len(word)
        if _PERSON_SUFFIX_RE.fullmatch(word):
            return "civilian", word_start + len(word)
        position = position + match.end()
    return None


def _compound(after: str, category: str, end: int) -> tuple[str, int]:
    """Extend 'police' to 'police personnel': the last noun of a compound is the head."""
    following = re.match(r"\s+(?=\w)", after[end:])
    more = _category(after[end + following.end() :]) if following else None
    if more is not None:  # "paramilitary police officers": the compound may run on
        return _compound(after, more[0], end + following.end() + more[1])
    if _AGE_END_RE.search(after, 0, end):
        # "a 22-year-old Elmdale man", "a 30-year-old Elmdale County man": a place or trait
        # of one or two words between the age and the noun
        for words in (1, 2):
            skipped = re.match(rf"(?:\s+[\w'’.-]+){{{words}}}\s+(?=\w)", after[end:])
            if skipped and _NOT_A_MODIFIER_RE.search(skipped.group(0)):
                break  # "a six-year-old and three people": two phrases
            more = _category(after[end + skipped.end() :]) if skipped else None
            if more is not None and not _AGE_END_RE.search(
                after[end + skipped.end() :][: more[1]]
            ):
                return more[0], end + skipped.end() + more[1]
    return category, end


_AGE_END_RE = re.compile(r"\b(?:years?|months?)[-\s]+old$", re.IGNORECASE)
_NOT_A_MODIFIER_RE = re.compile(
    rf"\b(?:and|or|of|with|was|were|is|are|who|{'|'.join(_HEAD_STOPS)})\b|\d|,", re.IGNORECASE
)
"""Words that end a phrase rather than stand between an age and its noun."""


def _category(text: str) -> tuple[str, int] | None:
    """The person category of a noun at the start of `text`, with the noun's end."""
    match = PERSON_HEAD_RE.match(text)
    if match is None:
        return None
    end = match.end()
    if re.match(r"[\w'’-]", text[end : end + 1]):
        return None  # only a prefix of a longer word
    return match.lastgroup or "generic", end


_AMONG_THE_WHOLE_RE = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?among\W*$",
                                 re.IGNORECASE)
"""'Ruiz was among five people shot': the five are the whole group, she is the part."""


def _flags(text: str, start: int, end: int) -> dict[str, bool]:
    """Part-of and additive markers around the phrase text[start:end]."""
    before = text[max(0, start - 24) : start]
    inside = text[start:end]
    return {
        "part": bool(
            PART_RE.search(before)
            and re.search(r"(?:including|among|of)\W*$", before, re.IGNORECASE)
            and not _AMONG_THE_WHOLE_RE.search(before)
        )
        or bool(re.search(r"\bof\s+(?:them|whom|those|the|these)\b", inside, re.IGNORECASE)),
        "additive": bool(
            ADDITIVE_RE.search(inside)
            or re.search(r"\b(?:another|other)\W*$", before, re.IGNORECASE)
        ),
        "relative": bool(re.search(r"\b(?:others?|more)\b", inside, re.IGNORECASE)
                         or re.search(r"\bthe\s+(?:other|remaining)\W*$", before, re.IGNORECASE))
        and not re.search(r"\b(?:another|second|third|additional|further)\b", before + inside,
                          re.IGNORECASE),
    }


_ANOTHER_RE = re.compile(
    r"\banother\b(?=\s+(?:\w+ly\s+)?(?:was|were|is|person|injured|wounded|hurt|died|killed|"
    r"(?:in|during|at|near|outside|inside|when|while|before|after)\b))"
    r"|(?<!\bof\s)\banother\b(?=\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
"""'another was hurt', 'and wounded another.', 'wounded another during the raid'; not 'the death
of another' (the law's words)."""
_VERB_BEFORE_RE = re.compile(
    r"\band\s+(?:killing|killed|wounding|wounded|injuring|injured|shooting|shot)\s+$", re.IGNORECASE
)
"""'wounding four men and killing another': another than those just told, not one more."""


_BARE_KIN_IN_LIST_RE = re.compile(
    r",\s+(?P<kin>(?:son|daughter|wife|husband|brother|sister|father|mother|girlfriend|"
    r"boyfriend|stepson|stepdaughter|grandson|granddaughter|nephew|niece|cousin))"
    r"(?=\s*,|\s+(?:and|or)\s)"
)
_POSSESSIVE_LIST_START_RE = re.compile(r"\b(?:his|her|their)\s+[a-z-]+(?:,\s+[a-z-]+)*$")
"""'his wife, son and daughter': the bare 'son' shares the possessive of the list's first
member (the last one, after 'and', is read as any bare noun after 'and')."""


def is_bare_kin_in_list(text: str, start: int) -> bool:
    """True when the word at `start` is a bare kin noun listed after 'his wife, ...'."""
    match = _BARE_KIN_IN_LIST_RE.match(text, max(0, text.rfind(",", 0, start)))
    return bool(match and match.start("kin") == start and _after_a_possessive(text, match))


def _after_a_possessive(text: str, match: re.Match[str]) -> bool:
    """The kin noun `match` found continues a list opened by 'his', 'her' or 'their'."""
    return bool(_POSSESSIVE_LIST_START_RE.search(text, max(0, match.start() - 80),
                                                 match.start()))


def _singular_phrases(text: str) -> list[VictimPhrase]:
    """'a 20-year-old man', 'his wife', 'he', 'John Smith, 24,': one person each."""
    phrases = []
    for match in _SINGULAR_DET_RE.finditer(text):
        phrase = _singular_at(text, match)
        if phrase is not None:
            phrases.append(phrase)
    for match in re.finditer(r"\b(?:and|or)\s+|,\s+(?=\w+(?:\s*,|\s+(?:and|or)\s))", text,
                             re.IGNORECASE):
        # "a man and boy"; "a man, woman and boy": a bare noun inside a list of people
        bare = _category(text[match.end() :])
        if bare is not None and _is_singular(text[match.end() : match.end() + bare[1]].lower()):
            phrases.append(VictimPhrase(match.end(), match.end() + bare[1], 1, bare[0],
                                        singular=True))
    for match in _BARE_KIN_IN_LIST_RE.finditer(text):
        if not _after_a_possessive(text, match):
            continue
        phrases.append(VictimPhrase(match.start("kin"), match.end("kin"), 1, "civilian",
                                    singular=True))
    for match in _BARE_AGE_RE.finditer(text):
        phrases.append(VictimPhrase(match.start(), match.end(), 1, "civilian", singular=True))
    for match in _ANOTHER_RE.finditer(text):
        phrases.append(VictimPhrase(match.start(), match.end(), 1, "generic", singular=True,
                                    additive=True,
                                    relative=bool(_VERB_BEFORE_RE.search(text, 0, match.start()))))
    phrases.extend(_headline_subject(text))
    # "kills himself", and in headlines "Man kills self"
    for match in re.finditer(r"\b(?:him|her|them)sel(?:f|ves)\b|(?<=[a-z]s\s)self\b(?![-'’])",
                             text, re.IGNORECASE):
        phrases.append(VictimPhrase(match.start(), match.end(), 1, "perpetrator", singular=True))
    for match in PRONOUN_RE.finditer(text):
        if match.group(0).lower() == "her" and re.match(r"\s+[\w-]", text[match.end() :]) and not \
                re.match(r"\s+(?:and|in|at|on|with|as|to|while|after|before|when|during|once|"
                         r"twice|multiple|several|dead|from|inside|outside|near|by)\b",
                         text[match.end() :], re.IGNORECASE):
            continue  # a possessive: "her four children"
        phrases.append(_named_person(match))
    phrases.extend(surname_phrases(text))
    for match in _NAME_RE.finditer(text):
        if _PLACE_LEAD_RE.search(text, 0, match.start()):
            continue  # "killed in Cedar Rapids shooting": a place, not a person
        first = match.group(0).split()[0].lower().strip(",")
        words = {w.lower().strip(",.") for w in match.group(0).split()}
        if first in NAME_STOPWORDS or words & NAME_STOPWORDS:
            continue
        phrases.append(_named_person(match))
    return phrases


_EVENT_BEFORE_VICTIM_RE = re.compile(
    r"(?:shooting|stabbing|homicide|murder|crash)\s+victim\b", re.IGNORECASE
)
"""'a shooting victim': the event names the kind of victim, no verb of a clause."""


def _ends_a_noun_phrase(word: str) -> bool:
    """A casualty verb or a new article: 'The blast killed the bomber' is a clause, and a
    one-person phrase read from its start must stop before it."""
    return bool(TRIGGER_RE.fullmatch(word)) or word.lower() in ("the", "a", "an")


_HEADLINE_START_RE = re.compile(r"(?:[A-Z][\w.&-]*:\s+)?")
_HEADLINE_VERB_RE = re.compile(
    r"\s+(?:dies|died|killed|dead|shot|slain|wounded|injured|hurt|hospitali[sz]ed)\b",
    re.IGNORECASE,
)


def _headline_subject(text: str) -> list[VictimPhrase]:
    """'Man shot dead in ...', 'Local man killed in crash', 'VSP: Belgrade boy dies': a
    headline's bare singular subject (up to two words before the noun), one person."""
    start = _HEADLINE_START_RE.match(text).end()
    for word in list(re.finditer(r"\S+", text[start : start + 60]))[:3]:
        at = start + word.start()
        found = _category(text[at:])
        if found is None:
            if _ends_a_noun_phrase(word.group(0)):
                return []
            continue
        found = _compound(text, found[0], at + found[1])  # 'Male juvenile shot'
        end = found[1]
        noun = text[at:end].lower()
        if at > start and not _HEADLINE_VERB_RE.match(text, end):
            return []  # 'Police arrest man ...': only a subject right before its verb
        if not _is_singular(noun) or TRIGGER_RE.search(text, 0, end):
            return []
        # '18-year-old Dequan Barnett killed': the name reading takes it; but in
        # 'Man Killed In Crash', title case, the verb follows the noun
        if _NAME_AFTER_RE.match(text, end) and not _HEADLINE_VERB_RE.match(text, end):
            return []
        return [VictimPhrase(at, end, 1, found[0], singular=True)] + _listed_after(text, end)
    return []


def _listed_after(text: str, end: int) -> list[VictimPhrase]:
    """'Man, woman shot in ...', 'Child, man hurt': a headline lists its subjects with a
    comma for 'and'; each bare singular noun right before the verb is one more person."""
    comma = re.match(r",\s+", text[end:])
    if comma is None:
        return []
    at = end + comma.end()
    found = _category(text[at:])
    if found is None or not _is_singular(text[at : at + found[1]].lower()):
        return []
    if not _HEADLINE_VERB_RE.match(text, at + found[1]):
        return []
    return [VictimPhrase(at, at + found[1], 1, found[0], singular=True)]


def _singular_at(text: str, match: re.Match[str]) -> VictimPhrase | None:
    det = match.group("det").lower()
    position = match.start("mods")
    for _ in range(MAX_MODIFIERS + 1):
        word = re.match(r"\s+([\w'’.-]+)", text[position:])
        if word is None:
            return None
        word_start = position + word.start(1)
        category = _category(text[word_start:])
        if category is not None and text[word_start].isupper() and not text.isupper() and \
                re.match(r"[\w'’-]*\s+[A-Z]", text[word_start:]):
            category = None  # a modifier inside a name: "the National Army", "Police Chief"
        if category is not None:
            head_category, end = _compound(text, category[0], word_start + category[1])
            noun = text[word_start:end].lower()
            if _is_a_pair_of_kin(noun, det):
                return VictimPhrase(match.start(), end, 2, category[0])
            if not _is_singular(noun):
                return None
            category = (head_category, end - word_start)
            couple = noun == "couple" and not re.match(r"\s+of\b", text[end:])
            # "the couple was killed": two people; "a couple of days" is not a person
            return VictimPhrase(
                match.start(),
                end,
                2 if couple else 1,
                category[0],
                anaphoric=(det in ("the", "this", "that") and not (
                    _KIN_RE.search(noun) and re.match(r"\s+of\b", text[end:])
                )) or (det in ("his", "her", "their") and not _KIN_RE.search(noun)),
                # "his father", "the daughter of the ambassador" are someone new
                additive=det in ("another", "a second", "a third") and not (
                    det == "another" and _killers_other(text, match.start())),
                singular=not couple,
                part=bool(re.search(r"(?:including|among)\W*$", text[: match.start()][-16:], re.I)),
            )
        if word.group(1).lower() in ("and", "or", "of", "was", "were", "is", "who", "in", "at",
                                     "with", "along", "by", "on", "from", "to", "for"):
            return None
        if _ends_a_noun_phrase(word.group(1)) and not _EVENT_BEFORE_VICTIM_RE.match(
            text, word_start
        ):
            return None  # 'The blast killed the bomber': a clause, not one noun phrase
        position += word.end()
    return None


def _is_a_pair_of_kin(noun: str, det: str) -> bool:
    """'his parents', 'her grandparents': one person's parents are two people (their
    parents may be several pairs, so only 'his' and 'her')."""
    return det in ("his", "her") and noun.split()[-1] in ("parents", "grandparents")


def _is_singular(noun: str) -> bool:
    last = noun.split()[-1]
    if last in (
        "police",
        "people",
        "personnel",
        "troops",
        "children",
        "men",
        "women",
        "others",
        "lives",
        "casualties",
        "more",
        "security",
        "army",
    ):
        return False
    return not last.endswith("s") or last in _SINGULAR_HEADS_PLURAL_LOOKING


def _named_person(match: re.Match[str]) -> VictimPhrase:
    """One person named by name: a name tells no role, so it may be one of the deputies or
    civilians counted already."""
    return VictimPhrase(match.start(), match.end(), 1, "generic", anaphoric=True, singular=True)
