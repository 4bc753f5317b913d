"""Figures stated outright rather than read off a verb and its victims.

Tolls and their updates ("the death toll rose to 15"), coders' notes ("fatalities
coded as 10", "split between 2 events"), explicit zeros ("no one was hurt"),
parts given with "fatally" ("four shot, one fatally") and suicide attackers, whom
GTD counts among the dead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.core.extraction.lexicon import HURT_WORD_RE, ZERO_RE
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.numbers import SMALL_COUNT, find_quantities
from wirewatch.core.extraction.sentences import Sentence

_NUMBERISH = (
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|approximately"
    r"|roughly|an\s+estimated)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundreds?|dozens?|scores|a\s+dozen)\b)"
)
"""What may follow 'the death toll ... rose to': the lookahead lets the toll's noun phrase
run long ("the death toll from Friday's bombing at a checkpoint in X rose to 56")
without stopping at an earlier 'at' or 'to' that is not followed by a number."""
_TOLL_RE = re.compile(
    r"\b(?:(?:death|casualty|fatality)\s+(?:toll|count)\b[^.;]{0,120}?"
    r"\b(?:to|at|of|is|was|reached|hit|stands|stood|now)(?=\s+" + _NUMBERISH + r")"
    r"|number\s+(?:of\s+(?:dead|deaths|fatalities|victims|those\s+killed)\s+)?"
    r"(?:was\s+|has\s+)?(?:eventually\s+|later\s+|since\s+)?(?:raised|rose|risen|climbed|increased)"
    r"\s+to"
    r"|\btoll\s+(?:from\s+[^.;$]{0,60}?\s+)?(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|jumped)"
    r"\s+to(?=\s+" + _NUMBERISH + r")"
    r"|\b(?:put|puts|putting|placed)\s+the\s+(?:death\s+)?toll\s+at(?=\s+" + _NUMBERISH + r"))"
    r"\s+(?=\S)",
    re.IGNORECASE,
)
_FATALLY_PART_RE = re.compile(
    r"(?P<q>\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b)\s+"
    r"(?:of\s+(?:them|whom)\s+)?(?:fatally|mortally)\b",
    re.IGNORECASE,
)
_CODED_RE = re.compile(
    r"\b(?:fatalities|deaths|fatality)\s+(?:were\s+|are\s+|was\s+)?coded\s+as\s+(?P<q>\d{1,5})\b",
    re.IGNORECASE,
)
SUICIDE_RE = re.compile(
    rf"(?:\b(?P<q>{SMALL_COUNT})\s+)?"
    r"(?:(?:female|male|teenage|child|young|suspected|lone|unknown|single)\s+)?suicide\s+"
    r"(?:(?:car|truck|vehicle|motorcycle|motorbike|van|tanker|boat)[\s-]+)?"
    r"(?:bombers?|attackers?|assailants?)\b",
    re.IGNORECASE,
)
_BLEW_SELF_UP_RE = re.compile(
    rf"(?:\b(?P<q>{SMALL_COUNT})\s+(?:[\w-]+\s+){{0,2}}?)?"
    r"\b(?:blew|blows|blowing)\s+(?:him|her|them)sel(?:f|ves)\s+up\b",
    re.IGNORECASE,
)
"""'A man blew himself up near the market': a suicide attacker by what he did."""
_ATTEMPT_RE = re.compile(r"\b(?:attempted|attempting|tried|trying)\s+to\b", re.IGNORECASE)
_WENT_OFF_RE = re.compile(r"\b(?:detonated|blew|exploded|killed|killing|died)\b", re.IGNORECASE)
"""'A suicide bomber attempted to target an official' without anything going off: the
attack failed and the bomber lived."""
_FAILEDSUICIDE_RE = re.compile(
    r"\b(?:would-be|failed|foiled|arrested|captured|detained|intercepted|surrendered|"
    r"subdued|apprehended|stopped|"
    r"before\s+(?:he|she|they)\s+could)\b",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(
    r"\b(?:split|spread|divided|distributed)\s+(?:up\s+)?(?:evenly\s+)?(?:between|across|among|over)"
    r"\s+(?P<n>two|three|four|five|\d{1,2})\s+(?:events|locations|incidents|places|days|fronts)\b",
    re.IGNORECASE,
)


def split_between_events(sentence: Sentence) -> list[Mention]:
    """'fatalities split between 2 events': this record holds its share of the toll
    (ACLED divides a toll reported for several events or locations among them)."""
    match = _SPLIT_RE.search(sentence.text)
    if match is None:
        return []
    quantities = find_quantities(match.group("n"))
    if not quantities or quantities[0].value < 2:
        return []
    return [
        Mention.in_sentence(
            sentence, "killed", quantities[0].value, "split", match.start(), match.end()
        )
    ]


def _stated(pattern: re.Pattern, sentence: Sentence, field: str, **flags) -> list[Mention]:
    """One figure per match of `pattern`, whose group 'q' states how many."""
    found = []
    for match in pattern.finditer(sentence.text):
        quantities = find_quantities(match.group("q"))
        if quantities:
            found.append(
                Mention.in_sentence(
                    sentence,
                    field,
                    quantities[0].value,
                    "generic",
                    match.start(),
                    match.end(),
                    **flags,
                )
            )
    return found


def coded_figures(sentence: Sentence) -> list[Mention]:
    """A coder's note states the figure it used: 'fatalities coded as 10'."""
    return _stated(_CODED_RE, sentence, "killed", update=True)


_SURVIVORS_RE = re.compile(rf"\b(?P<q>{SMALL_COUNT})\s+(?:\w+\s+)?survivors?\b", re.IGNORECASE)


def survivors_beside_the_dead(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """'3 found dead, 1 survivor': survivors told beside the dead of an attack were hurt in it
    (alone, 'survivors' are often the family a victim leaves)."""
    if not any(m.field == "killed" and not m.zero for m in mentions):
        return []
    return _stated(_SURVIVORS_RE, sentence, "wounded")


def might_tell_a_suicide_attack(text: str) -> bool:
    """A cheap substring test before the suicide patterns, which have no literal prefix and
    so cost a scan from every position of every sentence."""
    return any(
        word in text for word in ("uicid", "UICID", "mselves", "mself", "rself", "MSELF", "RSELF")
    )


def suicide_attackers(sentence: Sentence) -> list[Mention]:
    """'two suicide bombers struck': the bombers died with their victims. GTD counts
    perpetrators in the toll (nkill) and the Wikipedia lists count suicide attackers
    even when the text does not say they died; a foiled or arrested one is not counted."""
    text = sentence.text
    if not might_tell_a_suicide_attack(text):
        return []
    if _FAILEDSUICIDE_RE.search(text) or (
        _ATTEMPT_RE.search(text) and not _WENT_OFF_RE.search(text)
    ):
        return []
    for match in SUICIDE_RE.finditer(text):
        count = match.group("q")
        plural = match.group(0).lower().endswith("s")
        quantities = find_quantities(count) if count else []
        if plural and not quantities:
            continue  # "suicide bombers" with no number: how many is unknown
        value = quantities[0].value if quantities else 1
        return [
            Mention.in_sentence(
                sentence, "killed", value, "perpetrator", match.start(), match.end()
            )
        ]
    match = _BLEW_SELF_UP_RE.search(text)
    if match and (match.group("q") or "themselves" not in match.group(0).lower()):
        value = find_quantities(match.group("q"))[0].value if match.group("q") else 1
        return [
            Mention.in_sentence(
                sentence, "killed", value, "perpetrator", match.start(), match.end()
            )
        ]
    return []


MURDER_SUICIDE_RE = re.compile(r"\bmurder[- ]suicide\b", re.IGNORECASE)
_TURNED_GUN_RE = re.compile(
    r"\bturn(?:ed|s|ing)?\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol|shotgun|handgun)\s+"
    r"on\s+(?:him|her)self\b"
    r"|\b(?:before|then|and\s+then)\s+(?:fatally\s+)?sho(?:t|oting)\s+(?:him|her)self\b"
    r"(?!\s+in\s+the\s+(?:leg|foot|hand|arm|knee|thigh))",
    re.IGNORECASE,
)
"""'before turning the gun on himself', 'killing one ... before shooting himself': beside
his victims' deaths, the shooter took his own life."""
_DIED_RE = re.compile(r"\b(?:died|dies|dead|deaths?)\b", re.IGNORECASE)


def shooter_who_took_his_life(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """'shot and killed his daughter before turning the gun on himself', 'a boy was killed
    in a murder-suicide': the shooter died too, and GVA and GTD count him. Only beside his
    victims' deaths in the same sentence: a total told elsewhere ('4 dead', 'a man and a
    girl died in a murder-suicide') mostly counts him already."""
    killed = [m for m in mentions if m.field == "killed" and not m.zero]
    if not killed or any(m.category == "perpetrator" or m.includes_perpetrator for m in killed):
        return []
    text = sentence.text
    match = _TURNED_GUN_RE.search(text)
    if match is not None:  # not when it is the phrase of a death read already
        ruled_out = any(
            m.start < sentence.start + match.end() and sentence.start + match.start() < m.end
            for m in killed
        )
    else:  # a murder-suicide of one victim who was killed, not of several who died
        match = MURDER_SUICIDE_RE.search(text)
        ruled_out = (
            match is None
            or not (len(killed) == 1 and killed[0].singular)
            or any(_DIED_RE.search(m.phrase) for m in killed)
        )
    if match is None or ruled_out:
        return []
    return [Mention.in_sentence(sentence, "killed", 1, "perpetrator", match.start(), match.end())]


_DEATH_WORD_RE = re.compile(
    r"\b(?:death|dead|deaths|fatalit\w*|killed|died|lives)\b", re.IGNORECASE
)


def _field_of_a_bare_number(text: str, match: re.Match[str]) -> str:
    """'Two other people were hurt; that number was later raised to three': a bare 'number'
    updates the figure its sentence told before it, here the wounded."""
    if _DEATH_WORD_RE.search(match.group(0)):
        return "killed"
    before = text[: match.start()]
    if HURT_WORD_RE.search(before) and not _DEATH_WORD_RE.search(before):
        return "wounded"
    return "killed"


def toll_mentions(sentence: Sentence) -> list[Mention]:
    """'the death toll rose to 15': a figure that replaces earlier ones."""
    found = []
    for match in _TOLL_RE.finditer(sentence.text):
        quantities = find_quantities(sentence.text[match.end() : match.end() + 40], match.end())
        if quantities and quantities[0].start == match.end():
            q = quantities[0]
            found.append(
                Mention(
                    _field_of_a_bare_number(sentence.text, match),
                    q.value,
                    "generic",
                    sentence.start + match.start(),
                    sentence.start + q.end,
                    sentence.text[match.start() : q.end],
                    sentence,
                    update=True,
                    vague=q.vague,
                    approximate=q.approximate,
                )
            )
    return found


def fatally_parts(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """'four people were shot, two of them fatally': two killed, part of the four hit."""
    if not any(m.field in ("shot", "wounded") for m in mentions):
        return []
    found = []
    for match in _FATALLY_PART_RE.finditer(sentence.text):
        quantities = find_quantities(match.group("q"))
        if quantities:
            found.append(
                Mention.in_sentence(
                    sentence,
                    "killed",
                    quantities[0].value,
                    "generic",
                    match.start(),
                    match.end(),
                    part=True,
                )
            )
    return found


_IN_CONDITION_RE = re.compile(
    r"\b(?:and|while|but)\s+(?P<who>another|a\s+(?:second|third|fourth|fifth)|(?P<q>[\w-]+)\s+"
    r"others?)(?:\s+(?:man|woman|person|victim|teen|teenager|boy|girl|child|people|victims))?"
    r"\s+(?:was|were|is|are|remains?|remained)\s+(?:listed\s+)?in\s+"
    r"(?:critical|serious|grave|stable|fair|good|life-threatening)\b",
    re.IGNORECASE,
)
"""'Three people were shot to death and another was in critical condition': the one in
hospital is hurt, besides the dead (GVA and ACLED count the hurt alive)."""


def in_condition_others(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Others in hospital, told beside the dead of the same sentence: wounded. Not marked
    additional: a headline's "1 critically injured" is the same person again."""
    if not any(m.field == "killed" and not m.zero for m in mentions):
        return []
    found = []
    for match in _IN_CONDITION_RE.finditer(sentence.text):
        value = 1  # "another", "a second"
        if match.group("q"):
            quantities = find_quantities(match.group("q"))  # "two others"
            value = quantities[0].value if quantities else 0
        if value:
            found.append(
                Mention(
                    "wounded",
                    value,
                    "generic",
                    sentence.start + match.start("who"),
                    sentence.start + match.end(),
                    match.group(0),
                    sentence,
                    singular=value == 1,
                )
            )
    return found


def zero_mentions(sentence: Sentence) -> list[Mention]:
    """'no one was hurt': an explicit zero (weaker than any positive figure)."""
    found = []
    for match in ZERO_RE.finditer(sentence.text):
        word = (
            match.group("verb")
            or match.group("noun")
            or match.group("noun2")
            or match.group("noun3")
            or ""
        ).lower()
        if word.startswith(("casualt", "harm")):
            fields = ("killed", "wounded")
        elif word.startswith(("kill", "death", "fatal", "died")) or word.endswith("killed"):
            fields = ("killed",)
        else:
            fields = ("wounded",)
        for field in fields:
            found.append(
                Mention.in_sentence(
                    sentence, field, 0, "generic", match.start(), match.end(), zero=True
                )
            )
    return found


_MULTIPLE_SHOOTING_RE = re.compile(
    r"\b(?P<q>double|triple|quadruple|quintuple)[\s-]+(?:fatal\s+|deadly\s+)?shootings?\b",
    re.IGNORECASE,
)
_MULTIPLE_VALUES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


def multiple_shootings(sentence: Sentence) -> list[Mention]:
    """'a double shooting', 'a triple shooting': the name of the event says how many people
    were hit (two, three), the dead among them or not."""
    return [
        Mention.in_sentence(
            sentence,
            "shot",
            _MULTIPLE_VALUES[match.group("q").lower()],
            "generic",
            match.start(),
            match.end(),
        )
        for match in _MULTIPLE_SHOOTING_RE.finditer(sentence.text)
    ]


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_DEAD_RE = re.compile(
    rf"(?:^\W*|\b(?:a|an)\s+)(?P<ordinal>{'|'.join(_ORDINALS)})\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_ORDINAL_LEAD_RE = re.compile(rf"(?:a|an)\s+(?P<ordinal>{'|'.join(_ORDINALS)})\b", re.IGNORECASE)
_DIED_AT_END_RE = re.compile(
    r"\b(?:died|dies|has\s+died|dead|succumbed|passed\s+away)$", re.IGNORECASE
)


def ordinal_dead(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """'A third person has died', headline 'Fifth victim dies': the one who died brings the
    dead to that number, a toll of its own (not one more beside the dead told before). Read
    only in the text's first sentence, the headline: further down 'a third man died' may
    count the dead of one scene among others told apart."""
    if sentence.start > 0:
        return mentions
    result = []
    for mention in mentions:
        offset = mention.start - sentence.start
        ordinal = _ORDINAL_DEAD_RE.search(sentence.text, 0, offset) or _ORDINAL_LEAD_RE.match(
            mention.phrase)
        if (mention.field == "killed" and mention.value == 1 and ordinal
                and _DIED_AT_END_RE.search(mention.phrase)):
            value = _ORDINALS[ordinal.group("ordinal").lower()]
            mention = replace(mention, value=value, singular=False, additive=False,
                              anaphoric=False)
        result.append(mention)
    return result
