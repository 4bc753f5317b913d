"""From casualty mentions to one incident's wounded.

Wounded people are those hit and not killed: "four shot, one fatally" is one killed and
three wounded. A figure of wounded told outright and a figure of those hit less the dead
are weighed against each other, the larger standing. Most of the work is telling which
figures are the same people told again ("15 others were shot" after "sixteen people were
shot, one fatally"), which are more people ("her mother was also shot"), and which one
hit is the one whose death another sentence tells. Split from the killed tally
(`tally.py`), which calls it with the number of the dead among those hit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.core.extraction.deaths_among_the_hurt import died_among_the_hurt
from wirewatch.core.extraction.figure_merging import (
    Count,
    distinct_extras,
    merge_categories,
)
from wirewatch.core.extraction.lexicon import ADDITIVE_RE, HE_OR_SHE_RE, HURT_WORD_RE
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.restated_hurt import told_again_as_more
from wirewatch.core.extraction.survivors import survivors_after_the_dead
from wirewatch.core.extraction.told_apart import other_sex_than_the_dead

_OTHER_VICTIM_RE = re.compile(
    r"^\W*(?:the|a)\s+(?:second|other)\s+(?:[\w-]+\s+)?victim\b", re.IGNORECASE
)


def _the_other_victim(mention: Mention, mentions: list[Mention], killed_sentences: set) -> bool:
    """'One man was pronounced dead ... The second victim was taken to a hospital': a
    victim set apart from the dead told before, in a sentence telling no death, lived."""
    if id(mention.sentence) in killed_sentences:
        return False
    head = mention.sentence.text[: mention.end - mention.sentence.start]
    return bool(_OTHER_VICTIM_RE.match(head)) and any(
        m.field == "killed" and not m.zero and m.value > 0 and m.start < mention.start
        for m in mentions
    )


def wounded_count(mentions: list[Mention], killed: int | None, moved: int = 0) -> Count:
    """Explicitly wounded, or those hit and not killed, whichever is larger. `moved` of the
    dead were told among the hurt and added to the toll told beside them: they are no
    longer wounded (see `deaths_among_the_hurt.py`)."""
    mentions = _second_person_of_a_sentence(
        _officers_hurt_as_the_attacker_died(
            _without_the_dead_among_them(_next_of_a_listed_total(mentions))
        )
    )
    killed_sentences = {id(m.sentence) for m in mentions if m.field == "killed" and not m.zero}
    maybe_the_dead = (
        [
            m
            for m in mentions
            if m.field == "wounded"
            and m.singular
            and _one_who_may_have_died(m)
            and id(m.sentence) not in killed_sentences
        ]
        if killed
        else []
    )  # with no one dead, a person told hurt is one of the wounded
    told_apart = {id(m) for m in maybe_the_dead}
    survivors = [
        m
        for m in mentions
        if m.field == "shot"
        and m.singular
        and _told_alive(m)
        and not m.additive
        and id(m.sentence) not in killed_sentences
    ]
    survivors += [
        m
        for m in mentions
        if m.field == "shot"
        and m.singular
        and not m.additive
        and m not in survivors
        and (
            other_sex_than_the_dead(m, mentions) or _the_other_victim(m, mentions, killed_sentences)
        )
    ]
    explicit = [
        _beside_its_dead(m, mentions)
        for m in mentions
        if m.field == "wounded" and not m.zero and m.value > 0 and id(m) not in told_apart
    ] + survivors
    hit = [m for m in mentions if m.field == "shot" and m.value > 0 and m not in survivors]
    hit += maybe_the_dead
    hit = _without_restated_survivors(
        hit, killed, [m for m in mentions if m.field == "wounded" and id(m) not in told_apart]
    )
    updates = [m for m in explicit if m.update]
    wounded = (
        Count(updates[-1].value, updates[-1:])
        if updates  # "that number rose to five"
        else merge_categories([_as_generic(m) for m in explicit])
    )
    # "Her mother was also shot": hit besides the others, so a survivor of whoever died
    also_hit = [m for m in distinct_extras(hit) if not m.relative or _rest_of_a_part(m, hit)]
    also_sentences = {id(m.sentence) for m in also_hit}
    shot = merge_categories([_as_generic(m) for m in hit if id(m.sentence) not in also_sentences])
    died_of_wounds = sum(m.value for m in mentions if died_among_the_hurt(m))
    if also_hit and shot.value is None:
        shot = Count(0, [])
    if shot.value is not None:
        remaining = max(0, shot.value - (killed or 0)) + sum(m.value for m in also_hit)
        shot = Count(shot.value, shot.mentions + also_hit)
        if remaining > (wounded.value or 0):
            wounded = Count(remaining, shot.mentions)
        elif wounded.value is None:
            wounded = Count(0, shot.mentions)
    # "Two dead, three wounded ... all five of the wounded were taken to hospitals, where
    # two died": wounded told beside the dead, or told in a good condition, are the
    # survivors already.
    told_beside_the_dead = all(
        id(m.sentence) in killed_sentences or _SURELY_ALIVE_RE.search(m.phrase)
        for m in wounded.mentions
    )
    if wounded.value and not set(wounded.mentions) & set(shot.mentions):
        died = moved + (0 if told_beside_the_dead else died_of_wounds)
        if died:
            wounded = Count(max(0, wounded.value - died), wounded.mentions)
    wounded = _not_the_hit_total(wounded, mentions)
    told_one_by_one = survivors_after_the_dead(mentions, killed)
    if len(told_one_by_one) > (wounded.value or 0):
        wounded = Count(len(told_one_by_one), told_one_by_one)
    if wounded.value is None and any(m.field == "wounded" and m.zero for m in mentions):
        return Count(0, [next(m for m in mentions if m.field == "wounded" and m.zero)])
    return wounded


_WHILE_RE = re.compile(r"^[^.;]*?(?:,\s*|\s)(?:while|whereas)\s", re.IGNORECASE)


_HEAD_RE = re.compile(r"(\w+)\s+(?:was|is|had\s+been|has\s+been)\b", re.IGNORECASE)


def _second_person_of_a_sentence(mentions: list[Mention]) -> list[Mention]:
    """'He was shot, while a 4-year-old girl was grazed by a bullet', 'the uncle was shot in
    the hand, while the child was shot in the chest': a second one-person figure set against
    the first by 'while' in the same sentence, naming someone else (a new person, or another
    noun), is one more person hit, not the first told again."""
    hurt = [
        m
        for m in mentions
        if m.field in ("shot", "wounded")
        and m.singular
        and not m.zero
        and not m.part
        and not m.additive
        and m.value == 1
    ]
    pairs = {}
    for first in hurt:
        for second in hurt:
            if (
                second.sentence is not first.sentence
                or second.start <= first.end
                or first.field != "shot"
                or id(first) in pairs
                or id(second) in pairs
            ):
                continue
            text, base = first.sentence.text, first.sentence.start
            if _WHILE_RE.match(
                text[first.end - base : second.start - base] + " "
            ) and _another_person(first, second):
                pairs[id(first)] = replace(
                    first,
                    value=2,
                    singular=False,
                    end=second.end,
                    phrase=text[first.start - base : second.end - base],
                    anaphoric=first.anaphoric and second.anaphoric,
                )
                pairs[id(second)] = None
    result = [pairs.get(id(m), m) if id(m) in pairs else m for m in mentions]
    return [m for m in result if m is not None]


def _another_person(first: Mention, second: Mention) -> bool:
    """Someone new ('a girl') or named by another noun ('the uncle' ... 'the child')."""
    if not second.anaphoric:
        return True
    heads = [_HEAD_RE.search(m.phrase) for m in (first, second)]
    return (
        all(heads)
        and heads[0].group(1).lower() != heads[1].group(1).lower()
        and not any(HE_OR_SHE_RE.fullmatch(h.group(1)) for h in heads)
    )


def _officers_hurt_as_the_attacker_died(mentions: list[Mention]) -> list[Mention]:
    """'... killing two people and injuring five. The suspect blew himself up as police
    closed in, also injuring an officer': officers newly told hurt in a later sentence that
    tells the attacker's own death are hurt at the attack's end, besides the people told hurt
    or shot before ('the officer', told before, is not)."""
    told_hurt = [
        m
        for m in mentions
        if m.field in ("wounded", "shot") and not m.zero and m.category != "security"
    ]
    result = []
    for mention in mentions:
        if (
            mention.field == "wounded"
            and mention.category == "security"
            and not mention.zero
            and not mention.part
            and not mention.additive
            and not mention.anaphoric
            and any(t.sentence.start < mention.sentence.start for t in told_hurt)
            and any(
                k.field == "killed"
                and k.category == "perpetrator"
                and not k.zero
                and k.sentence is mention.sentence
                for k in mentions
            )
        ):
            mention = replace(mention, additive=True)
        result.append(mention)
    return result


_INCLUDING_THE_DEAD_RE = re.compile(r",?\s+(?:including|among\s+them)\s+$", re.IGNORECASE)


def _without_the_dead_among_them(mentions: list[Mention]) -> list[Mention]:
    """'Three people were injured, including a girl who died of her injuries': the dead one
    is among those told hurt, who are the hurt and the dead together."""
    result = []
    for mention in mentions:
        if mention.field == "wounded" and not mention.zero and not mention.additive:
            text, base = mention.sentence.text, mention.sentence.start
            dead = sum(
                k.value
                for k in mentions
                if k.field == "killed"
                and not k.zero
                and k.sentence is mention.sentence
                and k.start > mention.end
                and _INCLUDING_THE_DEAD_RE.search(text, mention.end - base, k.start - base)
            )
            if 0 < dead < mention.value:
                mention = replace(mention, value=mention.value - dead)
        result.append(mention)
    return result


def _next_of_a_listed_total(mentions: list[Mention]) -> list[Mention]:
    """'Four men were shot ... a 30-year-old was hit in the leg, a 24-year-old was grazed,
    and another man was hit in the arm': "another" is the next of the four told one by one,
    not a fifth, while the people listed so far do not outnumber a total told before."""
    hurt = [m for m in mentions if m.field in ("wounded", "shot") and not m.zero and m.value > 0]
    totals = [m for m in hurt if not m.additive and not m.part and not m.singular]
    result = []
    for mention in mentions:
        if (
            mention.additive
            and mention.singular
            and mention.field in ("wounded", "shot")
            and any(_listed_so_far(hurt, total, mention) for total in totals)
            or _also_told_before(mention, totals)
            or _others_of_a_total(mention, totals)
            or told_again_as_more(mention, totals, hurt)
        ):
            mention = replace(mention, additive=False)
        result.append(mention)
    return result


def _also_told_before(mention: Mention, totals: list[Mention]) -> bool:
    """'2 dead, 3 injured ... three people were also wounded': "also" (with no 'another' or
    'others') sets the hurt beside the dead, and a figure of hurt told before counts them."""
    return (
        mention.additive
        and mention.field in ("wounded", "shot")
        and not ADDITIVE_RE.search(mention.phrase)
        and any(
            t.value >= mention.value and t.sentence.start < mention.sentence.start for t in totals
        )
    )


_OTHERS_RE = re.compile(r"\bothers?\b", re.IGNORECASE)


_MORE_RE = re.compile(r"\b(?:more|another|additional|further)\b", re.IGNORECASE)


def _others_of_a_total(mention: Mention, totals: list[Mention]) -> bool:
    """'Five people were shot ... One was treated at the scene; three others were taken to
    hospitals', 'four teens were injured ... the 18-year-old was hit in the stomach. Three
    other teens were also injured': fewer 'others' than a total of hurt told in an earlier
    sentence are the rest of that total, set beside someone just told, not more people."""
    return (
        mention.additive
        and mention.relative
        and mention.field in ("wounded", "shot")
        and bool(_OTHERS_RE.search(mention.phrase))
        and not _MORE_RE.search(mention.phrase)
        and any(
            t.value > mention.value and t.sentence.start < mention.sentence.start for t in totals
        )
    )


_ORDINAL_VALUES = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


_ORDINAL_PERSON_RE = re.compile(rf"\ban?\s+(?P<ordinal>{'|'.join(_ORDINAL_VALUES)})\b", re.I)


_ONE_THEN_ANOTHER_RE = re.compile(
    r"\b(?:one|(?:two|three|four|five|six|seven|eight|nine|\d+)\s+of\s+(?:the|them|those))\b"
    r"[^.;]*\banother\b",
    re.IGNORECASE,
)
"""'One was ... and another ...', 'three of the men ... while another ...'."""


def _listed_so_far(hurt: list[Mention], total: Mention, mention: Mention) -> bool:
    """True when `mention` is one of a total told before: the next after people told one by
    one or in parts ('a man was hit in the leg ... another man', 'three of them ... and
    another'), the second of 'one was ..., another was ...', or 'a fourth man' of four."""
    if total.sentence.start >= mention.sentence.start:
        return False
    ordinal = _ORDINAL_PERSON_RE.match(mention.phrase)
    if ordinal:
        return _ORDINAL_VALUES[ordinal.group("ordinal").lower()] <= total.value
    sentence_so_far = mention.sentence.text[: mention.end - mention.sentence.start]
    if _ONE_THEN_ANOTHER_RE.search(sentence_so_far):
        return total.value >= 2
    listed = sum(
        m.value
        for m in hurt
        if (m.part or m.singular and not m.anaphoric)
        and not m.additive
        and total.end <= m.start < mention.start
    )
    return listed >= 1 and listed + 1 <= total.value


def _beside_its_dead(mention: Mention, mentions: list[Mention]) -> Mention:
    """'Two people are dead and another was hurt': "another" is besides the dead of its own
    sentence, not one more wounded after the headline's '2 dead, 1 hurt'."""
    if mention.additive and any(
        m.field == "killed"
        and not m.zero
        and m.category != "perpetrator"
        and m.sentence is mention.sentence
        and m.end <= mention.start
        for m in mentions
    ):
        return replace(mention, additive=False, relative=True)
    return mention


def _not_the_hit_total(wounded: Count, mentions: list[Mention]) -> Count:
    """'1 dead, 2 hurt ... the gunman opened fire, wounding three men': a
    wounded figure equal to the dead plus the wounded of a sentence that tells both is
    everyone hit, told again."""
    if not wounded.value:
        return wounded
    for w in mentions:
        if (
            w.field != "wounded"
            or w.zero
            or w.additive
            or w.value >= wounded.value
            or not HURT_WORD_RE.search(w.sentence.text)
        ):
            continue  # "taken to hospital" may tell only some of the hurt
        dead = sum(
            k.value
            for k in mentions
            if k.field == "killed" and not k.zero and not k.additive and k.sentence is w.sentence
        )
        if dead and dead + w.value == wounded.value:
            return Count(w.value, [w])
    return wounded


_FOUND_WOUNDED_RE = re.compile(
    r"\bwith\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:gunshot|bullet|stab)\s+wounds?\b", re.IGNORECASE
)


def _rest_of_a_part(mention: Mention, hit: list[Mention]) -> bool:
    """'Two of the boys were taken to Stroger ... the other two boys to Mount Sinai': the rest
    of a group told only in parts adds to the part. After a total ('six were shot ... the
    other five were taken to hospitals') it is the total's survivors told again."""
    return any(m.part and m.start < mention.start for m in hit) and not any(
        not m.part and not m.additive for m in hit
    )


_SURELY_ALIVE_RE = re.compile(
    r"\b(?:(?:stable|good|fair|satisfactory)\s+condition|non-?life[- ]threatening|"
    r"(?:expected|likely)\s+to\s+(?:survive|recover|live|be\s+(?:ok|okay|fine|all\s+right))|"
    r"recovering|(?:treated\s+and\s+)?released|stabili[sz]ed|minor\s+injur(?:y|ies)|"
    r"survived(?!\s+by\b))\b",
    re.IGNORECASE,
)
"""'was taken to a hospital in stable condition', 'is expected to survive', 'was shot but
survived': alive for good (not 'is survived by his wife', an obituary's words)."""


_ALIVE_FOR_NOW_RE = re.compile(
    r"\b(?:critical|serious|guarded)\s+condition|\bfighting\s+for\s+(?:his|her)\s+life\b",
    re.IGNORECASE,
)
"""'in critical condition': alive when told, though another sentence may tell a death."""


def _told_alive(mention: Mention) -> bool:
    """The sentence of a person hit tells them alive after the hurt: a survivor, not the
    one whose death another sentence tells. Someone told before ('he', 'the boy') must be
    told alive for good: 'the boy was taken to hospital in critical condition' is often the
    boy whose death the next sentence tells."""
    rest = mention.sentence.text[mention.start - mention.sentence.start :]
    if _SURELY_ALIVE_RE.search(rest):
        return True
    return not mention.anaphoric and bool(_ALIVE_FOR_NOW_RE.search(rest))


def _one_who_may_have_died(mention: Mention) -> bool:
    """'He was injured', 'officers found a man with a gunshot wound': one person told in a
    sentence of their own may be the one whose death another sentence tells."""
    if _told_alive(mention):
        return False
    return mention.anaphoric or (
        not mention.additive
        and bool(_FOUND_WOUNDED_RE.search(mention.phrase))
        and not ADDITIVE_RE.search(mention.phrase)  # "a fourth victim": someone else
    )


def _without_restated_survivors(
    hit: list[Mention], killed: int | None, wounded: list[Mention]
) -> list[Mention]:
    """'Sixteen people were shot, one fatally ... 15 others were shot': the others are the
    survivors of the sixteen told again, not fifteen more. So are 'four other men were hit'
    after 'five people shot ... one of the victims, a woman, was shot in the head' (the rest
    of the total once a part or one new person is told), and after 'four others were
    injured' (the wounded told again)."""
    totals = [m.value for m in hit if not m.additive]
    restated = {m.value for m in wounded if not m.additive and not m.zero and not m.part}
    if totals:
        restated |= {
            max(totals) - m.value
            for m in hit
            if (m.part or m.singular and not m.anaphoric) and not m.additive
        }
        if killed:
            restated.add(max(totals) - killed)
    return [m for m in hit if not (m.additive and m.relative and m.value in restated)]


def _as_generic(mention: Mention) -> Mention:
    """One person shot, named several ways ('a girl', 'she', 'herself'), is one person."""
    if mention.singular and (mention.anaphoric or mention.category == "perpetrator"):
        return replace(mention, category="generic")
    return mention
