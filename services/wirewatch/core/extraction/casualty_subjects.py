"""Who a casualty word is about: the victim phrases it reports, read through the clause.

A passive or intransitive trigger ("12 police were killed", "two people died") reports the
subject of its clause, found before it; an active one ("killing three soldiers") its object,
found after it. Both walk over asides ("a man, 24, of Dayton,"), coordinated victims ("two
soldiers and a civilian"), "including" parts and the other clauses of the sentence, so that
the phrases returned are exactly the trigger's victims. Used by casualties.py.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.lexicon import (
    CLAUSE_BREAK_RE,
    GAP_WORDS,
    NEGATIONS,
    TRIGGER_RE,
)
from wirewatch.core.extraction.numbers import SMALL_COUNT
from wirewatch.core.extraction.victim_phrase import VictimPhrase
from wirewatch.core.extraction.victims import is_bare_kin_in_list

_OF_THEN_KIN_RE = re.compile(r"^\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?and\s+$", re.IGNORECASE)


_CONNECTOR_RE = re.compile(
    r"^\s*(?:,\s*)?(?:and(?:\s+then)?|as\s+well\s+as|along\s+with|together\s+with|plus|&|,|"
    r"besides|in\s+addition\s+to)\s*"
    r"(?:(?:his|her|their|the|its)\s+)?$",
    re.IGNORECASE,
)


# What may stand between an active verb and its object ("killed the two gunmen").
_OBJECT_LEAD_RE = re.compile(
    r"\s*(?:off\s+|at\s+least\s+)?(?:(?:the|all|both|his|her|their|its|some)\s+)?"
    r"(?:(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|last|this)"
    r"[\w-]+(?:\s+[\w-]+)?['’]s\s+)?",  # "killed his neighbour's two sons": whose victims
    re.IGNORECASE,
)


_TITLE_WORDS_RE = re.compile(
    r"(?!(?:in|at|on|by|from|near|to|with|for|into|during|after|before)\b)(?:[a-z.]+\s+){0,3}"
)


_LEFT_RE = re.compile(r"\b(?:left|leaving|leave|leaves)\s+$", re.IGNORECASE)


# A prepositional phrase or relative clause between a subject and its verb:
# "eight civilians in the discotheque were killed", "three men who ... were killed".
_SUBJECT_MODIFIER_RE = re.compile(
    r"^\s*(?:(?:in|at|on|inside|aboard|near|from|of|with|outside)\s+(?:[\w'’-]+\s+){1,5}?"
    r"|(?:who|that)\s+(?:[\w'’-]+\s+){1,8}?|[a-z]+ing\s+(?:[\w'’-]+\s+){1,10}?"
    r"|(?:shot|wounded|injured|hit|struck|stabbed)\s+(?:[\w'’-]+\s+){1,10}?)"
    r"(?=(?:were|was|had|have|has|are|is)\b)",
    re.IGNORECASE,
)


_HOMETOWN_RE = re.compile(r"^\s*,?\s*of\s+(?:[A-Z][\w.'’-]*\s*){1,3},")
"""'Tom Ruiz, 16, of Elmdale, died': where the victim lived, between subject and verb."""


_PARENTHETICAL_RE = re.compile(r"^\s*(?:,[^,;]{0,60},|\([^()]{0,60}\))")


# "Cade Booher, 16, was in the backseat and died": the subject of a second verb phrase.
_COORDINATED_VP = (
    r"(?:was|were|had\s+been|turned|fired|shot|opened|ran|drove|fell|collapsed|fled)"
    r"\b[^,.;]{0,90}?(?:\band\s+(?:later\s+|then\s+|eventually\s+|subsequently\s+)?"
    r"(?:(?:was|were)\s+)?(?:(?:pronounced|declared)\s+)?|,\s*)"
)  # in headlines a comma joins the two: "Girl shot in the head, killed"


_COORDINATED_VP_RE = re.compile(rf"^\s*(?:{_COORDINATED_VP})$", re.IGNORECASE)


_COORDINATED_VP_TAIL_RE = re.compile(rf"\b{_COORDINATED_VP}$", re.IGNORECASE)
"""The first verb phrase of 'was shot during a party and died': its subject is the one who
died, whatever clause words ('during') the phrase holds."""


_INCLUDING_RE = re.compile(
    r"^\s*,?\s*(?:including|among\s+them|among\s+whom|most\s+of\s+them)\b", re.IGNORECASE
)


_AUX_END_RE = re.compile(r"\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$", re.I)


_AGES_ASIDE_RE = re.compile(r",\s*(?:ages?|aged)\s+[\d\s,&and-]+?(?=,)", re.IGNORECASE)


# "21 soldiers and volunteer fighters were killed": a conjunct without a number.
_BARE_CONJUNCT_RE = re.compile(
    r"^\s*(?:,\s*)?and\s+(?:[\w-]+\s+)?(?:fighters|civilians|militants|soldiers|police|"
    r"policemen|officers|guards|workers|villagers|children|women|others|members|rebels|"
    r"troops|personnel|volunteers|residents|students|passengers|attackers|assailants)\b",
    re.IGNORECASE,
)


def subject_victims(
    text: str,
    position: int,
    phrases: list[VictimPhrase],
    headless_only: bool = False,
    field: str | None = None,
) -> list[VictimPhrase]:
    """The victims a passive trigger at `position` reports: the subject of its clause."""
    being = _AFTER_BEING_RE.search(text, 0, position)
    if being is not None:
        return _subject_before_after_being(text, being.start(), phrases)
    coordinated = _COORDINATED_VP_TAIL_RE.search(text, 0, position)
    candidates = _phrases_of_clause(
        text, phrases, position, coordinated.start() if coordinated else position
    )
    if not candidates:
        return []
    left = _left_object(text, candidates, position)
    if left:
        return left
    for index, phrase in enumerate(candidates):
        if _INCLUDING_RE.match(text[phrase.end :]) and _gap_ok_loose(text, phrase.end, position):
            head = _coordinated_backwards(text, candidates[: index + 1])
            return head + _after_aside(text, phrase.end, candidates[index + 1 :], position)
    last = candidates[-1]
    if headless_only and not last.headless:
        if not re.fullmatch(r"\s*", text[last.end : position]):
            return []
        if _DEAD_RE.match(text, position):
            return _coordinated_backwards(text, candidates)
        return [last]
    for index in range(len(candidates) - 1, max(-1, len(candidates) - 4), -1):
        gap = text[candidates[index].end : position]
        if candidates[index].headless and re.match(r"\s*who\b", gap, re.IGNORECASE):
            continue  # "the 629 who died (this year)": a statistic, not a group of victims
        if _closes_a_relative_clause(text, candidates[index].start, gap):
            continue  # "a boy, who loved his brother and sister, was killed": the boy
        if _gap_ok(gap) or _placed_subject_died(text, candidates[index], gap, position):
            return _coordinated_backwards(text, candidates[: index + 1], field)
    return []


_RELATIVE_OPENING_RE = re.compile(r",\s*(?:who|whom|whose)\b[^,;.]*$", re.IGNORECASE)


def _closes_a_relative_clause(text: str, start: int, gap: str) -> bool:
    """The phrase at `start` ends a ', who ...,' clause set off by commas before the verb:
    it is that clause's object, and the verb's subject is the one the clause describes."""
    return gap.lstrip().startswith(",") and bool(
        _RELATIVE_OPENING_RE.search(text, max(0, start - 120), start)
    )


_DIED_RE = re.compile(r"(?:died|dies|succumbed|perished|passed\s+away)\b", re.IGNORECASE)
_DEAD_RE = re.compile(r"dead\b", re.IGNORECASE)
"""'found a woman and her two sons dead': every person named before 'dead' is told dead."""


_PLACE_TAIL_RE = re.compile(
    r"^\s*(?:at|in|inside|near|outside|aboard|from)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){1,4}$",
    re.IGNORECASE,
)
"""'A teenager at the base died': where the one who died was, between subject and 'died'
(a verb with no object, so the place cannot belong to another clause)."""


def _placed_subject_died(text: str, phrase: VictimPhrase, gap: str, position: int) -> bool:
    """'A man in his 30s died': only a place or time stands between him and 'died'. Not
    'one of five victims in the shooting dies', where the one who died is a part."""
    return bool(
        _DIED_RE.match(text, position)
        and _gap_ok(_PLACE_TAIL_RE.sub("", gap))
        and not re.search(r"\bof\s+$", text[max(0, phrase.start - 4) : phrase.start])
    )


_AFTER_BEING_RE = re.compile(r"\b(?:after|since)\s+being\s+(?:\w+ly\s+)?$", re.IGNORECASE)


_STATE_VP_RE = re.compile(
    r"\s*,?\s*(?:is|was|are|were|remains|remained)\s+(?:\w+\s+){0,5}?$", re.IGNORECASE
)
"""'A teen is recovering after being shot', 'a man is fighting for his life after being
stabbed': the one hurt is the subject of the clause before 'after being'."""


def _phrases_of_clause(
    text: str, phrases: list[VictimPhrase], end: int, breaks_until: int
) -> list[VictimPhrase]:
    """The phrases of the clause that ends at `end`; it starts after the last clause break
    before `breaks_until` (earlier than `end` when a verb phrase holds clause words)."""
    clause_start = 0
    for brk in CLAUSE_BREAK_RE.finditer(text, 0, breaks_until):
        clause_start = brk.end()
    return [p for p in phrases if clause_start <= p.start and p.end <= end]


def _subject_before_after_being(
    text: str, after: int, phrases: list[VictimPhrase]
) -> list[VictimPhrase]:
    candidates = _phrases_of_clause(text, phrases, after, after)
    if not candidates or not _STATE_VP_RE.fullmatch(text, candidates[0].end, after):
        return []
    return [candidates[0]]


def _left_object(text: str, candidates: list[VictimPhrase], position: int) -> list[VictimPhrase]:
    """'left three passengers and the bomber dead': the object of 'left'."""
    for index, phrase in enumerate(candidates):
        if _LEFT_RE.search(text[max(0, phrase.start - 12) : phrase.start]):
            group = [phrase]
            for following in candidates[index + 1 :]:
                if not _CONNECTOR_RE.match(text[group[-1].end : following.start]):
                    break
                group.append(following)
            tail = text[group[-1].end : position]
            if any(group[-1].end <= c.start for c in candidates):
                continue
            if re.fullmatch(r"(?:\s+(?:of|in|at|from|on)\s+[^,;.]{0,50}?)?\s*", tail):
                return group
    return []


def _after_aside(
    text: str, head_end: int, later: list[VictimPhrase], position: int
) -> list[VictimPhrase]:
    """'three police, including the chief, and 13 attackers were killed': the group
    coordinated after the aside closes belongs to the subject too."""
    close = text.find(",", head_end + 1, position)
    for index, phrase in enumerate(later):
        if (
            close >= 0
            and phrase.start > close
            and re.fullmatch(
                r"\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?", text[close + 1 : phrase.start], re.I
            )
        ):
            rest = [p for p in later[index:] if p.end <= position]
            if _gap_ok(text[rest[-1].end : position]):
                return _coordinated_backwards(text, rest)
    return []


def _gap_ok(gap: str) -> bool:
    """True when only auxiliaries/adverbs stand between a subject and its verb."""
    paren = _PARENTHETICAL_RE.match(gap)
    if paren:
        gap = gap[paren.end() :]
    gap = re.sub(
        r"^\s*(?:who|that)(?=\s+(?:were|was|had|have|has|are|is)\b)"
        r"|^\s*,?\s*(?:who|that)(?=\s+(?:were|was|had|have|has|are|is|later)\b|\s*$)",
        "",
        gap,
        flags=re.IGNORECASE,
    )
    gap = _HOMETOWN_RE.sub("", gap)
    if _COORDINATED_VP_RE.match(gap):
        return True
    gap = _BARE_CONJUNCT_RE.sub(" ", gap)
    # "kidnapped and killed", "handcuffed, blindfolded and executed"
    gap = re.sub(r"\b(?:\w+ed\s*,\s*){0,3}\w+ed\s+and\s+(?=\w|$)", " ", gap, flags=re.IGNORECASE)
    modifier = _SUBJECT_MODIFIER_RE.match(gap)
    if modifier:
        gap = gap[modifier.end() :]
    words = re.findall(r"[\w'’]+", gap.lower())
    if len(words) > 6 or re.search(r"[.;:]", gap):
        return False
    for word in words:
        if word in NEGATIONS:
            return False
        if word not in GAP_WORDS and not word.endswith("ly"):
            return False
    return True


_RELATIVE_TAIL_RE = re.compile(
    r"\s(?:who|that)\s+(?:\w+\s+)?(?:was|were|had|has)(?:\s+been)?\s*$", re.IGNORECASE
)


_BARE_PART_RE = re.compile(
    rf"\s+(?:{SMALL_COUNT})\s+(?:(?!(?:who|that|which|was|were)\b)[a-z'’-]+\s+){{1,3}}",
    re.IGNORECASE,
)
"""'over 100 more including 35 children injured': a short part, then the participle that
tells the whole."""


def _gap_ok_loose(text: str, start: int, end: int) -> bool:
    """Between a head phrase with an 'including' aside and its verb: no full stop."""
    gap = text[start:end]
    aside = _INCLUDING_RE.match(gap)
    if aside is None or not (
        "," in gap[aside.end() :]
        or _AUX_END_RE.search(gap)
        or _BARE_PART_RE.fullmatch(gap, aside.end())
    ):
        return False  # the verb must come after the aside closes
    if _RELATIVE_TAIL_RE.search(gap, aside.end()):
        return False  # "10 friends, including the boy who was killed": the boy's own clause
    return (
        end - start < 160
        and not re.search(r"[.;]|\b(?:not|n't|never)\b", gap)
        and not TRIGGER_RE.search(gap)
    )


def _coordinated_backwards(
    text: str, candidates: list[VictimPhrase], field: str | None = None
) -> list[VictimPhrase]:
    group = [candidates[-1]]
    for phrase in reversed(candidates[:-1]):
        if not _coordinated(text, phrase, group[0]) or _object_of_a_trigger(text, phrase, field):
            break
        group.insert(0, phrase)
    return group


def _object_of_a_trigger(text: str, phrase: VictimPhrase, field: str | None) -> bool:
    """'Gunmen killed a soldier and a policeman was wounded': 'a soldier' is the object of
    'killed', so it is not part of the subject of 'was wounded' (of the same verb, as in
    'killed a soldier and a policeman was also killed', the object reading counts both)."""
    window_start = max(0, phrase.start - 40)
    window = text[window_start : phrase.end + 20]  # a trigger may look ahead ("claimed 3 lives")
    before = window[: phrase.start - window_start]
    last = max(
        (m for m in TRIGGER_RE.finditer(window) if m.end() <= len(before)),
        key=lambda m: m.end(),
        default=None,
    )
    return (
        last is not None
        and not before[last.end() :].strip()
        and field is not None
        and (last.lastgroup or "killed") != field
    )


def _coordinated(text: str, first: VictimPhrase, second: VictimPhrase) -> bool:
    """'two soldiers and a civilian' add up; 'one of the victims, a 20-year-old,' is one."""
    between = _AGES_ASIDE_RE.sub("", text[first.end : second.start])
    if (
        first.singular
        and second.singular
        and _OF_THEN_KIN_RE.match(between)
        and re.match(r"(?:his|her|their)\s", text[second.start :], re.IGNORECASE)
    ):
        return first.part == second.part  # "the leader of the procession and his son"
    if not _CONNECTOR_RE.match(between) or first.part != second.part:
        return False
    appositive = "," in between and not re.search(
        r"\b(?:and|plus|with|well)\b", between, re.IGNORECASE
    )
    if appositive and _names_a_counted_group(text, first, second):
        return False  # "her two sons, Ali Dore, 9, and Sam Dore, 12,": the sons named
    if appositive and is_bare_kin_in_list(text, second.start):
        return True  # "his wife, son and daughter": a list of kin
    if appositive and re.match(
        r"\s*,?\s*(?:and|&)\s|\s*,\s*(?:an?|the|\d+|one|two|three|four|"
        r"five|six|seven|eight|nine|ten)\s[^,;.]{1,40}?\s(?:and|&)\s",
        text[second.end :],
        re.IGNORECASE,
    ):
        return True  # "a teacher, a villager, and an officer": a list, not an aside
    if (
        appositive
        and first.singular
        and second.singular
        and re.match(
            r"(?:\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*,(?!\s*(?:and|&)\b)",
            text[second.end :],
        )
    ):
        return False  # "one victim, Garcia Silvestre, died": one person named twice
    if appositive and re.match(r"(?:both|all)\b", text[second.start :], re.IGNORECASE):
        return False  # "Ann Lee and Mia Roe, both teachers,": the pair told again
    if appositive and (first.headless or second.headless):
        return False  # "killing 21 people, 17 instantly": a part, not another group
    if appositive and first.singular and re.match(r"one\s+of\s", text[second.start :], re.I):
        return False  # "a 19-year-old woman, one of four people hit": she, told again
    return not (
        appositive
        and first.singular
        and second.singular
        and re.match(r"(?:a|an|the|his|her|their|its)\b", text[second.start :], re.IGNORECASE)
    )


def _names_a_counted_group(text: str, first: VictimPhrase, second: VictimPhrase) -> bool:
    """A named person set off by a comma right after a counted group of two or more opens
    the list of that group's names, not more people."""
    return (
        not first.singular
        and not first.headless
        and first.value >= 2
        and second.singular
        and second.anaphoric
        and text[second.start : second.start + 1].isupper()
    )


def object_victims(
    text: str,
    position: int,
    phrases: list[VictimPhrase],
    require_of: bool = False,
    field: str | None = None,
) -> list[VictimPhrase]:
    """The victims an active trigger at `position` reports: its object."""
    group: list[VictimPhrase] = []
    for phrase in phrases:
        if phrase.start < position:
            continue
        between = text[position : phrase.start]
        if not group:
            if require_of:
                of = re.match(r"\s+of\s+(?:the\s+)?", between, re.IGNORECASE)
                if of is None or not _title_lead_ok(between[of.end() :], text, phrase):
                    return []
            elif not _object_lead_ok(between, text[phrase.start]):
                return []
        elif (
            not _coordinated(text, group[-1], phrase)
            or _subject_of_other_field(text, phrase, field)
            or _UNHARMED_SUBJECT_RE.match(text, phrase.end)
        ):
            break  # "killing the assailant and two civilians were injured": a new clause
        group.append(phrase)
        position = phrase.end
    return group


_UNHARMED_SUBJECT_RE = re.compile(
    r"\s+(?:escaped|fled|survived|(?:were|was)\s+(?:arrested|captured|detained|unhurt|unharmed|"
    r"rescued|released|freed))\b",
    re.IGNORECASE,
)
"""'killed two assailants and four others escaped': those four are a clause of their own."""


_CLAUSE_SUBJECT_RE = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+)?",
    re.IGNORECASE,
)


def _subject_of_other_field(text: str, phrase: VictimPhrase, field: str | None) -> bool:
    """True when `phrase` is the subject of its own casualty verb of another kind
    ('... and two civilians were injured' after 'killing')."""
    aux = _CLAUSE_SUBJECT_RE.match(text, phrase.end)
    verb = TRIGGER_RE.match(text, aux.end()) if aux else None
    return verb is not None and (verb.lastgroup or "killed") != field


def _title_lead_ok(rest: str, text: str, phrase: VictimPhrase) -> bool:
    """'the murder of political leader Hector Oqueli': lower-case title words may stand
    between 'of' and a name (not in upper-case copy, where a name cannot be told)."""
    return not rest or (
        text[phrase.start].isupper()
        and not text.isupper()
        and bool(_TITLE_WORDS_RE.fullmatch(rest))
    )


def _object_lead_ok(between: str, first_char: str) -> bool:
    """Only determiners (or, before a name, a few title words) may precede the object."""
    lead = _OBJECT_LEAD_RE.match(between)
    rest = between[lead.end() :] if lead else between
    return not rest or (first_char.isupper() and bool(_TITLE_WORDS_RE.fullmatch(rest)))
