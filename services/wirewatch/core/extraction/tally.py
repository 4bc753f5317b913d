"""From casualty mentions to one incident's killed and wounded, with evidence.

Articles repeat and refine their figures: the lead says "at least 12 killed",
a later paragraph "three of them by IEDs", a late update "the toll rose to 15".
The rules, in the order ACLED and GTD coders apply them:

- within a category of victims (security forces, civilians, armed groups), the
  largest figure stands: repeats and parts never add up;
- figures marked as additional ("another", "two others", "a second") add;
- different categories add (12 soldiers + 20 militants = 32), but never beyond a
  stated total for everyone ("62 people ... 20 soldiers ... 42 civilians" = 62);
- a stated toll update replaces the figures before it;
- perpetrators killed count (GTD, GVA) and add to the victims unless a figure
  says it includes them ("five people, including the gunman").
Wounded people are those hit and not killed: "four shot, one fatally" is one
killed and three wounded.

This module counts the killed and puts the tally together. How figures of one field
combine lives in `figure_merging.py`, the wounded count in `wounded_tally.py`, and
telling people apart by sex in `told_apart.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from wirewatch.core.extraction.attacker_deaths import killed_before_him
from wirewatch.core.extraction.attackers_in_tolls import without_attackers_told_hurt
from wirewatch.core.extraction.deaths_among_the_hurt import moved_from_the_hurt
from wirewatch.core.extraction.figure_merging import (
    SPECIFIC_CATEGORIES,
    Count,
    category_count,
    distinct_extras,
    without_parts_of_extras,
)
from wirewatch.core.extraction.later_deaths import dead_of_the_hurt_told_apart
from wirewatch.core.extraction.lexicon import ADDITIVE_RE, HE_OR_SHE_RE
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.named_dead import named_dead
from wirewatch.core.extraction.numbers import SMALL_COUNT
from wirewatch.core.extraction.stated_figures import MURDER_SUICIDE_RE
from wirewatch.core.extraction.told_apart import shot_only_himself
from wirewatch.core.extraction.wounded_tally import wounded_count
from wirewatch.core.models import Evidence

_PRONOUN_START_RE = re.compile(r"(?:he|she|the\s+(?:victim|man|woman|boy|girl|teen))\b",
                               re.IGNORECASE)
_REFLEXIVE_RE = re.compile(r"sel(?:f|ves)\b", re.IGNORECASE)
_ACCIDENT_RE = re.compile(
    r"(?<!\bno\s)(?<!\bnot\san\s)\baccidental(?:ly)?\s+(?:\w+,?\s+){0,3}?(?:(?:him|her|them)sel|self\b)",
    re.IGNORECASE,
)
_PRONOUN_OBJECT_RE = re.compile(r"\bhim$", re.IGNORECASE)
_OFFICER_RE = re.compile(
    r"\b(?:police|officers?|cops?|deputy|deputies|sheriff|troopers?|agents?|homeowner|guards?)\b",
    re.IGNORECASE,
)
@dataclass
class Tally:
    """An incident's casualty figures and the evidence behind them."""

    killed: int | None
    wounded: int | None
    killed_breakdown: dict[str, int]
    evidence: list[Evidence]
    killed_mentions: list[Mention]
    wounded_mentions: list[Mention]


def tally(mentions: Iterable[Mention]) -> Tally:
    """Killed and wounded for one incident from all its mentions."""
    mentions = without_attackers_told_hurt(list(mentions))
    mentions = [_as_attacker_if_police_killed(m, mentions) for m in mentions]
    killed, breakdown = _killed(mentions)
    wounded = wounded_count(
        mentions, _killed_among_the_hit(killed, mentions), moved_from_the_hurt(killed.mentions)
    )
    evidence = [_evidence("killed", m) for m in killed.mentions]
    evidence += [_evidence("wounded", m) for m in wounded.mentions]
    return Tally(
        killed.value, wounded.value, breakdown, evidence, killed.mentions, wounded.mentions
    )


_TOOK_OWN_LIFE_RE = re.compile(rf"sel(?:f|ves)\b|{MURDER_SUICIDE_RE.pattern}", re.IGNORECASE)


_KILLED_BY_POLICE_RE = re.compile(
    r"\b(?:shot|killed|gunned\s+down|shot\s+dead)\s+by\s+(?:\w+\s+){0,3}?(?:police|officers?|"
    r"troops|soldiers|security\s+forces|guards?)\b",
    re.IGNORECASE,
)
"""'The attacker was shot dead by police': not one of the people he stabbed or shot."""


_BY_POLICE_AFTER_RE = re.compile(
    r"\s+by\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}?(?:police|officers?|deputies|deputy|troopers?|"
    r"agents?)\b",
    re.IGNORECASE,
)


def _as_attacker_if_police_killed(mention: Mention, mentions: list[Mention]) -> Mention:
    """'A man killed four people before he was shot dead by police': the one police killed,
    told by a pronoun after the deaths he caused in the same sentence, is the attacker,
    counted with his victims. Not 'a teenager was killed by police ... he was executed by
    officers', where he is the victim told again."""
    if mention.field != "killed" or not mention.singular or not HE_OR_SHE_RE.match(
        mention.phrase
    ):
        return mention
    after = mention.sentence.text[mention.end - mention.sentence.start :]
    if not _BY_POLICE_AFTER_RE.match(after) or not any(
        m.field == "killed" and m.sentence is mention.sentence and m.end <= mention.start
        for m in mentions
    ):
        return mention
    return replace(mention, category="perpetrator", anaphoric=False)


_ONE_OF_THE_ATTACKERS_RE = re.compile(
    r"(?:one|two|three|four|five|\d+|both|all)\s+(?:of\s+)?the\s+(?:\w+\s+)?(?:attackers|assailants|"
    r"gunmen|militants|terrorists|bombers|perpetrators)\b",
    re.IGNORECASE,
)
"""'One of the assailants was shot dead': one of the attack's side, not of those it hit."""


def _killed_among_the_hit(killed: Count, mentions: list[Mention]) -> int | None:
    """The dead who are among those told as shot: not a shooter who then took his own life
    ('shot his girlfriend before killing himself': she is wounded) or whom police killed,
    unless the shot are told with him ('shot four people and himself')."""
    if killed.value is None:
        return None
    own = sum(m.value for m in killed.mentions
              if m.category == "perpetrator" and (_TOOK_OWN_LIFE_RE.search(m.phrase)
                                                  or _KILLED_BY_POLICE_RE.search(m.sentence.text)
                                                  or _ONE_OF_THE_ATTACKERS_RE.match(m.phrase)))
    hit_himself = any(m.field == "shot" and _REFLEXIVE_RE.search(m.phrase) for m in mentions)
    return killed.value - (0 if hit_himself else own)


def _killed(mentions: list[Mention]) -> tuple[Count, dict[str, int]]:
    splits = [m for m in mentions if m.category == "split"]
    mentions = [m for m in mentions if m.category != "split"]
    count, breakdown = _killed_total(mentions)
    if splits and count.value:
        share = count.value // splits[0].value
        return Count(share, count.mentions + splits[:1]), {}
    return count, breakdown


def _killed_total(mentions: list[Mention]) -> tuple[Count, dict[str, int]]:
    positives = [_standalone_attackers(m) for m in mentions
                 if m.field == "killed" and not m.zero and m.value > 0]
    if not positives:
        zero = [m for m in mentions if m.field == "killed" and (m.zero or m.value == 0)]
        return Count(0 if zero else None, zero[:1]), {}
    positives = dead_of_the_hurt_told_apart(_dead_of_a_total_told_before(positives), mentions)
    base = without_parts_of_extras(positives)
    extra = distinct_extras(positives)
    totals = [m for m in base if _is_a_stated_total(m)]
    if totals:  # "another man was also killed ... a total of five dead": inside the total
        extra = [m for m in extra if m.start > totals[-1].start]
    by_category = {c: category_count(base, c) for c in (*SPECIFIC_CATEGORIES, "generic")}
    perpetrators = category_count(base, "perpetrator")
    specific = sum(by_category[c].value or 0 for c in SPECIFIC_CATEGORIES)
    if _one_person_in_several_roles(base):
        specific = 1
    updates = [m for m in base if m.update]
    coded_zero = [m for m in mentions if m.field == "killed" and m.update and m.value == 0]
    if coded_zero and not updates:
        return Count(0, coded_zero[-1:]), {}
    specific_victims = _specific_victims(by_category, specific)
    if updates:
        victims = Count(updates[-1].value, [updates[-1]])
    elif (by_category["generic"].value or 0) >= specific and not _the_attacker_told_again(
            by_category["generic"], specific_victims, perpetrators, mentions):
        victims = by_category["generic"]
    else:
        victims = specific_victims
    if len(named := named_dead(base)) > (victims.value or 0) and not updates:
        victims = Count(len(named), named)  # "A, 34, ... died. B, 29, ... he died": two
    total = (victims.value or 0) + sum(m.value for m in extra)
    used = victims.mentions + extra
    included = (
        any(m.includes_perpetrator for m in positives)
        or _one_person_told_twice(victims.mentions, perpetrators.mentions, mentions)
        or _total_counts_the_attacker(victims, perpetrators, base)
        or _dead_counted_with_the_attacker(victims, perpetrators)
    )
    if perpetrators.value and not included:
        total += perpetrators.value
        used += perpetrators.mentions
    breakdown = {c: by_category[c].value for c in SPECIFIC_CATEGORIES if by_category[c].value}
    if perpetrators.value:
        breakdown["perpetrator"] = perpetrators.value
    if sum(breakdown.values()) != total:
        breakdown = {}
    return Count(total, used), breakdown


def _specific_victims(by_category: dict[str, Count], specific: int) -> Count:
    """The dead told by role (security, civilian, combatant), added up."""
    return Count(specific, [m for c in SPECIFIC_CATEGORIES
                            for m in by_category[c].mentions][:specific])


_OTHERS_THEN_HIMSELF_RE = re.compile(
    r"\b(?:kill|shot|shoot|murder|stab|struck|strike|target|opened\s+fire\s+on)\w*\s+"
    r"(?!(?:him|her)sel)[^.;]{1,80}?\b(?:before|then)\b[^.;]{0,40}?\b(?:him|her)self\b",
    re.IGNORECASE,
)
"""'killed her mother before turning the gun on himself': others, then himself."""


def _the_attacker_told_again(generic: Count, specific: Count, perpetrators: Count,
                             mentions: list[Mention]) -> bool:
    """'A man killed his ex-wife before turning the gun on himself ... he was found dead':
    the dead told without a role are the attacker told again, while those told by role
    ('his ex-wife') are someone else; they, not he, are the victims."""
    return bool(
        specific.value and perpetrators.value
        and any(_OTHERS_THEN_HIMSELF_RE.search(m.sentence.text) for m in perpetrators.mentions)
        and _one_person_told_twice(generic.mentions, perpetrators.mentions, mentions)
        and not _one_person_told_twice(specific.mentions, perpetrators.mentions, mentions)
    )


_COUNT_WORD_RE = re.compile(rf"\b(?:{SMALL_COUNT}|all|both|dozens?)\b", re.IGNORECASE)


def _one_person_in_several_roles(mentions: list[Mention]) -> bool:
    """'Major was shot ... the toddler's death', 'a TSA officer was killed ... the first
    employee killed': when every death is told one person at a time and none as another
    one, the roles (officer, employee, toddler) are one person's, and do not add up."""
    victims = [m for m in mentions if m.category != "perpetrator"]
    return len({m.category for m in victims} & set(SPECIFIC_CATEGORIES)) >= 2 and all(
        m.value == 1 and m.singular and not m.additive
        and not _ANOTHER_SENTENCE_RE.match(m.sentence.text) for m in victims
    )


_ANOTHER_SENTENCE_RE = re.compile(r"\W*(?:additionally|in\s+addition|also|besides)\b",
                                  re.IGNORECASE)
"""'Additionally, a bystander was killed': a sentence that tells one more."""


def _dead_of_a_total_told_before(positives: list[Mention]) -> list[Mention]:
    """'Two people were killed ... Smith died at the scene ... Jones also died': one who
    "also" died (no 'another' or 'more') after a larger toll told before is one of that
    toll, named one by one, not one more dead. The toll is a count ('two people'), not a
    list of the people named ('killed Ruiz, his wife and his son ... a guard was also
    killed': one more). So are 'two more' after dead told one by one (see
    `_dead_listed_so_far`)."""
    totals = [m for m in positives if not m.additive and not m.part and not m.singular
              and _COUNT_WORD_RE.search(m.phrase)]
    result = []
    for mention in positives:
        also_of_a_toll = not ADDITIVE_RE.search(mention.phrase) and any(
            t.sentence.start < mention.sentence.start and t.value > mention.value
            for t in totals
        )
        if mention.additive and (also_of_a_toll or any(
            _dead_listed_so_far(positives, t, mention) for t in totals
        )):
            mention = replace(mention, additive=False)
        result.append(mention)
    return result


def _dead_listed_so_far(dead: list[Mention], total: Mention, mention: Mention) -> bool:
    """'Three people were killed ... a woman was pronounced dead at the scene ... two more
    people died at a hospital': the others are the rest of the toll told before, as long
    as those told one by one since do not outnumber it."""
    if total.sentence.start >= mention.sentence.start:
        return False
    listed = sum(m.value for m in dead if (m.part or m.singular and not m.anaphoric)
                 and not m.additive and total.sentence.end <= m.start < mention.start)
    return listed >= 1 and listed + mention.value <= total.value


_TOTAL_BEFORE_RE = re.compile(r"\b(?:a\s+total\s+of|in\s+total,?|altogether,?|in\s+all,?)\s*$",
                              re.IGNORECASE)
_TOTAL_AFTER_RE = re.compile(r"\s*(?:in\s+total|in\s+all|altogether)\b", re.IGNORECASE)


def _is_a_stated_total(mention: Mention) -> bool:
    """'a total of five dead', 'five people in all were killed': everyone told before."""
    text, offset = mention.sentence.text, mention.sentence.start
    start, end = mention.start - offset, mention.end - offset
    return bool(_TOTAL_BEFORE_RE.search(text, 0, start) or _TOTAL_AFTER_RE.match(text, end)
                or re.match(r"(?:a\s+)?total\s+of\b", mention.phrase, re.IGNORECASE))


def _standalone_attackers(mention: Mention) -> Mention:
    """'One of the attackers was also killed': a part of a group nobody counted as dead
    (the attackers), so a figure of its own."""
    if mention.part and mention.category in ("perpetrator", "combatant"):
        return replace(mention, part=False)
    return mention


def _total_counts_the_attacker(victims: Count, perpetrators: Count,
                               mentions: list[Mention]) -> bool:
    """'Gunman leaves 4 dead ... he killed three people and then himself': a total told
    apart from the sentence that names the attacker's victims and him is the two together,
    so he is in it already."""
    if not victims.value or not perpetrators.value:
        return False
    told_with_him = {m.sentence.start for m in perpetrators.mentions}
    totals = {m.sentence.start for m in victims.mentions}
    return any(
        m.category != "perpetrator" and m.sentence.start in told_with_him - totals
        and m.value + perpetrators.value == victims.value
        for m in mentions
    )


_STATE_OF_THE_DEAD_RE = re.compile(r"\b(?:dead|bodies|deceased)\b", re.IGNORECASE)
_KILLED_BY_SOMEONE_RE = re.compile(r"\b(?:kill\w*|murder\w*|slain|shot|gunned|massacre)\b",
                                   re.IGNORECASE)


def _dead_counted_with_the_attacker(victims: Count, perpetrators: Count) -> bool:
    """'The bodies of four people were found ... he shot his wife and children before
    killing himself': a count of the dead found (bodies, 'four dead') takes in everyone
    dead, the one who took his own life too."""
    if not perpetrators.value or (victims.value or 0) <= max(perpetrators.value, 1):
        return False
    own_hand = all(_TOOK_OWN_LIFE_RE.search(m.phrase) for m in perpetrators.mentions)
    return own_hand and any(
        _STATE_OF_THE_DEAD_RE.search(m.phrase) and not _KILLED_BY_SOMEONE_RE.search(m.phrase)
        and not _VICTIMS_AFTER_RE.match(m.sentence.text, m.end - m.sentence.start)
        for m in victims.mentions
    )


_VICTIMS_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?victims\b", re.IGNORECASE)
"""'the three dead victims': those he shot, not him."""


def _one_person_told_twice(victims: list[Mention], perpetrators: list[Mention],
                           mentions: list[Mention]) -> bool:
    """One dead person told twice, once as the one who fired and once as a victim:
    - 'she shot herself ... she died', and an accident ('a boy accidentally shot himself
      ... the death of the boy'; a murder-suicide is never called an accident);
    - 'officers killed a suspect ... an officer fatally shot him': "him", shot by an
      officer, is the suspect (a victim named "her", or shot by someone else, is not)."""
    if not victims or not perpetrators:
        return False
    reflexive = all(_REFLEXIVE_RE.search(m.phrase) for m in perpetrators)
    if reflexive and all(m.singular and _PRONOUN_START_RE.match(m.phrase) for m in victims):
        return True
    if not all(m.singular for m in victims + perpetrators):
        return False
    if reflexive:
        return any(_ACCIDENT_RE.search(m.sentence.text) for m in perpetrators) or \
            shot_only_himself(victims, perpetrators, mentions)
    return all(_PRONOUN_OBJECT_RE.search(m.phrase) and _OFFICER_RE.search(m.sentence.text)
               for m in victims) or _suspect_killed_by_officers(victims, perpetrators) or \
        _dead_suspect_told_again(victims, perpetrators)


_POLICE_SHOOTING_RE = re.compile(
    r"\bofficer-involved\b|\bpolice\s+shooting\b|\bby\s+(?:police|officers?|deputies|"
    r"a\s+deputy|troopers?|a\s+trooper|agents?)\b", re.IGNORECASE)


def _suspect_killed_by_officers(victims: list[Mention], perpetrators: list[Mention]) -> bool:
    """'One person dead in officer-involved shooting ... police said the suspect was
    killed': where police killed the suspect, the one dead person told without a role ('he
    died', 'one person', 'shot and killed by police') is that suspect, not someone else.
    Not when the dead person is an officer or the victim's own sentence names no police."""
    return all(m.value == 1 for m in victims + perpetrators) and all(
        m.category != "security" and not killed_before_him(m, perpetrators)
        and (_POLICE_SHOOTING_RE.search(m.sentence.text) or (
            m.anaphoric and _PRONOUN_START_RE.match(m.phrase)))  # "he died", not "shot her"
        for m in victims
    ) and all(_OFFICER_RE.search(m.sentence.text) for m in perpetrators)


_SUSPECT_RE = re.compile(r"\b(?:suspects?|intruders?|robbers?|burglars?)\b", re.IGNORECASE)


_SOMEONE_NEW_RE = re.compile(
    r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|boy|girl|teen(?:ager)?|child|"
    r"resident|neighbou?r|clerk|customer|victim|bystander)\b",
    re.IGNORECASE,
)


def _dead_suspect_told_again(victims: list[Mention], perpetrators: list[Mention]) -> bool:
    """'A robbery suspect was fatally shot by the clerk ... the teen died at a hospital':
    where the dead told as a suspect (an intruder, a robber) is one person, a death told
    after only by a word pointing back ('the teen', 'he', a name) is his, not another's
    ('a man at the home, Ed Ruiz, was killed' brings in someone new)."""
    return all(m.value == 1 for m in victims + perpetrators) and all(
        m.anaphoric and m.category != "security"
        and not _SOMEONE_NEW_RE.search(m.sentence.text, 0, m.start - m.sentence.start)
        for m in victims
    ) and all(_SUSPECT_RE.search(m.phrase) for m in perpetrators)


def _evidence(field_name: str, mention: Mention) -> Evidence:
    sentence = mention.sentence
    return Evidence(
        field=field_name,  # type: ignore[arg-type]
        value=mention.value,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        phrase=mention.phrase,
    )
