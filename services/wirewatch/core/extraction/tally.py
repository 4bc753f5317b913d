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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from wirewatch.core.extraction.attacker_deaths import killed_before_him
from wirewatch.core.extraction.attackers_in_tolls import without_attackers_told_hurt
from wirewatch.core.extraction.later_deaths import dead_of_the_hurt_told_apart
from wirewatch.core.extraction.lexicon import ADDITIVE_RE, HURT_WORD_RE, sex_words
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.named_dead import named_dead
from wirewatch.core.extraction.numbers import SMALL_COUNT
from wirewatch.core.extraction.restated_hurt import told_again_as_more
from wirewatch.core.extraction.stated_figures import MURDER_SUICIDE_RE
from wirewatch.core.extraction.survivors import survivors_after_the_dead
from wirewatch.core.models import Evidence

SPECIFIC_CATEGORIES = ("security", "civilian", "combatant")
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
# "One of the five people hospitalized has died": a death among the wounded.
_WOUNDED_GROUP_RE = re.compile(r"\b(?:injured|wounded|hospitali[sz]ed|hurt|shot|victims)\b",
                               re.IGNORECASE)


@dataclass
class Count:
    """A figure and the mentions it rests on."""

    value: int | None = None
    mentions: list[Mention] = field(default_factory=list)


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
    wounded = _wounded(mentions, _killed_among_the_hit(killed, mentions))
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
_HE_OR_SHE_RE = re.compile(r"(?:he|she)\b", re.IGNORECASE)


def _as_attacker_if_police_killed(mention: Mention, mentions: list[Mention]) -> Mention:
    """'A man killed four people before he was shot dead by police': the one police killed,
    told by a pronoun after the deaths he caused in the same sentence, is the attacker,
    counted with his victims. Not 'a teenager was killed by police ... he was executed by
    officers', where he is the victim told again."""
    if mention.field != "killed" or not mention.singular or not _HE_OR_SHE_RE.match(
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
    base = _without_parts_of_extras(positives)
    extra = _distinct_extras(positives)
    totals = [m for m in base if _is_a_stated_total(m)]
    if totals:  # "another man was also killed ... a total of five dead": inside the total
        extra = [m for m in extra if m.start > totals[-1].start]
    by_category = {c: _category_count(base, c) for c in (*SPECIFIC_CATEGORIES, "generic")}
    perpetrators = _category_count(base, "perpetrator")
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
            _shot_only_himself(victims, perpetrators, mentions)
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


_INFANT_RE = re.compile(r"\b(?:baby|infant|toddler|newborn|\d+-month-old|[12]-year-old)\b",
                        re.IGNORECASE)


_NOT_THE_PERSON_RE = re.compile(r"\b(?:his|her|hers|him|himself|herself)\b|\b[\w-]+['’]s\b",
                                re.IGNORECASE)
"""Words naming someone else than the one hit: 'killed his daughter', "his girlfriend's baby"."""


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


# "he shot her": the pronoun is the shooter; "she was (allegedly) shot": the one hit.
_SHOOTER_PRONOUN_RE = re.compile(
    r"\b(?:he|she)\b(?!(?:\s+\w+ly)?\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?shot\b)",
    re.IGNORECASE,
)


def _sex(phrase: str) -> str:
    """The sex of the person a phrase names, leaving out words for someone else ('his
    daughter', "her son's car")."""
    return sex_words(_NOT_THE_PERSON_RE.sub(" ", phrase))


def _other_sex_than_the_dead(mention: Mention, mentions: list[Mention]) -> bool:
    """'A man was killed ... a woman was shot in the leg': one hit whose sex is not that of
    any of the dead, each told one by one as a man (or as a woman), is not one of them."""
    dead = [m for m in mentions if m.field == "killed" and not m.zero and m.value > 0]
    if not dead or mention.category == "perpetrator" or not all(
        m.singular and m.category != "perpetrator" for m in dead
    ):
        return False
    sex = _sex(_SHOOTER_PRONOUN_RE.sub(" ", mention.phrase))  # "he shot": the shooter
    dead_sexes = {_sex(m.phrase) for m in dead} - {""}
    return sex in ("f", "m") and len(dead_sexes) == 1 and sex not in dead_sexes and \
        dead_sexes <= {"f", "m"}


def _shot_only_himself(victims: list[Mention], perpetrators: list[Mention],
                       mentions: list[Mention]) -> bool:
    """'the 10-year-old died ... the boy fatally shot himself': one who shot nobody else,
    told dead twice. Not when the other dead is of the other sex ('a girl was killed ...
    he shot himself') or a baby, who cannot have fired."""
    alone = all(
        n.category == "perpetrator" or n.sentence is not m.sentence
        for m in perpetrators for n in mentions if n.field in ("killed", "wounded", "shot")
    )
    return alone and not any(_INFANT_RE.search(m.phrase) for m in victims) and all(
        _same_sex(v.phrase, p.phrase) for v in victims for p in perpetrators
    )


def _same_sex(one: str, other: str) -> bool:
    """False only when one phrase names a woman or girl and the other a man or boy."""
    return {sex_words(one), sex_words(other)} != {"f", "m"}


_ORDINAL_RE = re.compile(r"an?\s+(?:third|fourth|fifth|sixth)\b", re.IGNORECASE)


def _distinct_extras(mentions: list[Mention]) -> list[Mention]:
    """Additional figures, each once: a headline and its lead repeat the same 'another',
    and 'two others' restating a figure already given for the same field adds nothing (a
    part's figure is no such statement: 'two of the boys ... the other two boys')."""
    seen = {m.value for m in mentions if not m.additive and not m.zero and not m.part}
    seen = {v for v in seen if any(m.relative and m.value == v for m in mentions)}
    extras = []
    for mention in mentions:
        if _completes_a_total(mention, mentions) or _the_others_of_a_total(mention, mentions):
            continue
        ordinal = _ORDINAL_RE.match(mention.phrase)  # "a third woman": nobody told before
        if mention.additive and not mention.part and (mention.value not in seen or ordinal):
            seen.add(mention.value)
            extras.append(mention)
    return extras


def _the_others_of_a_total(mention: Mention, mentions: list[Mention]) -> bool:
    """'Ruiz was among five people shot ... the three others were shot on the porch': the
    others, named with 'the', are some of a larger group told before, not more people."""
    before = mention.sentence.text[: mention.start - mention.sentence.start]
    return (mention.relative and bool(re.search(r"\bthe\s+$", before, re.IGNORECASE))
            and any(not m.additive and not m.zero and not m.part and m.value > mention.value
                    and m.start < mention.start for m in mentions))


def _completes_a_total(mention: Mention, mentions: list[Mention]) -> bool:
    """'Five people were shot ... Three victims were taken by ambulance and two others in a
    private car': others that, with a figure of their own sentence, make up a total told in
    another sentence are that total's people told again, not more."""
    if not mention.additive:
        return False
    totals = {m.value for m in mentions
              if not m.additive and not m.zero and m.sentence.start != mention.sentence.start}
    return any(
        not m.additive and m.sentence.start == mention.sentence.start and m.start < mention.start
        and m.value + mention.value in totals
        for m in mentions
    )


def _category_count(mentions: list[Mention], category: str) -> Count:
    """Largest figure of a category (parts count as figures for everyone)."""
    own = [m for m in mentions if m.category == category]
    if category == "generic":
        own += [m for m in mentions if m.part and m.category != "perpetrator"]
    best = max(own, key=lambda m: m.value, default=None)
    if best is None or not best.value:
        return Count()
    return Count(best.value, [best])


def _wounded(mentions: list[Mention], killed: int | None) -> Count:
    """Explicitly wounded, or those hit and not killed, whichever is larger."""
    mentions = _second_person_of_a_sentence(_officers_hurt_as_the_attacker_died(
        _without_the_dead_among_them(_next_of_a_listed_total(mentions))))
    killed_sentences = {id(m.sentence) for m in mentions if m.field == "killed" and not m.zero}
    maybe_the_dead = [
        m for m in mentions
        if m.field == "wounded" and m.singular and _one_who_may_have_died(m)
        and id(m.sentence) not in killed_sentences
    ] if killed else []  # with no one dead, a person told hurt is one of the wounded
    told_apart = {id(m) for m in maybe_the_dead}
    survivors = [m for m in mentions if m.field == "shot" and m.singular and _told_alive(m)
                 and not m.additive
                 and id(m.sentence) not in killed_sentences]
    survivors += [m for m in mentions if m.field == "shot" and m.singular and not m.additive
                  and m not in survivors and (_other_sex_than_the_dead(m, mentions)
                                              or _the_other_victim(m, mentions, killed_sentences))]
    explicit = [
        _beside_its_dead(m, mentions)
        for m in mentions
        if m.field == "wounded" and not m.zero and m.value > 0 and id(m) not in told_apart
    ] + survivors
    hit = [m for m in mentions if m.field == "shot" and m.value > 0 and m not in survivors]
    hit += maybe_the_dead
    hit = _without_restated_survivors(
        hit, killed, [m for m in mentions if m.field == "wounded" and id(m) not in told_apart])
    updates = [m for m in explicit if m.update]
    wounded = (Count(updates[-1].value, updates[-1:]) if updates  # "that number rose to five"
               else _merge_categories([_as_generic(m) for m in explicit]))
    # "Her mother was also shot": hit besides the others, so a survivor of whoever died
    also_hit = [m for m in _distinct_extras(hit) if not m.relative or _rest_of_a_part(m, hit)]
    also_sentences = {id(m.sentence) for m in also_hit}
    shot = _merge_categories([_as_generic(m) for m in hit if id(m.sentence) not in also_sentences])
    died_of_wounds = sum(m.value for m in mentions if m.field == "killed" and m.part
                         and "fatally" not in m.phrase.lower()
                         and _WOUNDED_GROUP_RE.search(m.sentence.text))
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
    told_beside_the_dead = all(id(m.sentence) in killed_sentences
                               or _SURELY_ALIVE_RE.search(m.phrase) for m in wounded.mentions)
    if (wounded.value and died_of_wounds and not told_beside_the_dead
            and not set(wounded.mentions) & set(shot.mentions)):
        wounded = Count(max(0, wounded.value - died_of_wounds), wounded.mentions)
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
    hurt = [m for m in mentions if m.field in ("shot", "wounded") and m.singular
            and not m.zero and not m.part and not m.additive and m.value == 1]
    pairs = {}
    for first in hurt:
        for second in hurt:
            if (second.sentence is not first.sentence or second.start <= first.end
                    or first.field != "shot" or id(first) in pairs or id(second) in pairs):
                continue
            text, base = first.sentence.text, first.sentence.start
            if _WHILE_RE.match(text[first.end - base : second.start - base] + " ") and \
                    _another_person(first, second):
                pairs[id(first)] = replace(
                    first, value=2, singular=False, end=second.end,
                    phrase=text[first.start - base : second.end - base],
                    anaphoric=first.anaphoric and second.anaphoric)
                pairs[id(second)] = None
    result = [pairs.get(id(m), m) if id(m) in pairs else m for m in mentions]
    return [m for m in result if m is not None]


def _another_person(first: Mention, second: Mention) -> bool:
    """Someone new ('a girl') or named by another noun ('the uncle' ... 'the child')."""
    if not second.anaphoric:
        return True
    heads = [_HEAD_RE.search(m.phrase) for m in (first, second)]
    return all(heads) and heads[0].group(1).lower() != heads[1].group(1).lower() and not any(
        _HE_OR_SHE_RE.fullmatch(h.group(1)) for h in heads)


def _officers_hurt_as_the_attacker_died(mentions: list[Mention]) -> list[Mention]:
    """'... killing two people and injuring five. The suspect blew himself up as police
    closed in, also injuring an officer': officers newly told hurt in a later sentence that
    tells the attacker's own death are hurt at the attack's end, besides the people told hurt
    or shot before ('the officer', told before, is not)."""
    told_hurt = [m for m in mentions if m.field in ("wounded", "shot") and not m.zero
                 and m.category != "security"]
    result = []
    for mention in mentions:
        if (mention.field == "wounded" and mention.category == "security" and not mention.zero
                and not mention.part and not mention.additive and not mention.anaphoric
                and any(t.sentence.start < mention.sentence.start for t in told_hurt)
                and any(k.field == "killed" and k.category == "perpetrator" and not k.zero
                        and k.sentence is mention.sentence for k in mentions)):
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
            dead = sum(k.value for k in mentions if k.field == "killed" and not k.zero
                       and k.sentence is mention.sentence and k.start > mention.end
                       and _INCLUDING_THE_DEAD_RE.search(text, mention.end - base,
                                                         k.start - base))
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
        if (mention.additive and mention.singular and mention.field in ("wounded", "shot")
                and any(_listed_so_far(hurt, total, mention) for total in totals)
                or _also_told_before(mention, totals) or _others_of_a_total(mention, totals)
                or told_again_as_more(mention, totals, hurt)):
            mention = replace(mention, additive=False)
        result.append(mention)
    return result


def _also_told_before(mention: Mention, totals: list[Mention]) -> bool:
    """'2 dead, 3 injured ... three people were also wounded': "also" (with no 'another' or
    'others') sets the hurt beside the dead, and a figure of hurt told before counts them."""
    return (mention.additive and mention.field in ("wounded", "shot")
            and not ADDITIVE_RE.search(mention.phrase)
            and any(t.value >= mention.value and t.sentence.start < mention.sentence.start
                    for t in totals))


_OTHERS_RE = re.compile(r"\bothers?\b", re.IGNORECASE)
_MORE_RE = re.compile(r"\b(?:more|another|additional|further)\b", re.IGNORECASE)


def _others_of_a_total(mention: Mention, totals: list[Mention]) -> bool:
    """'Five people were shot ... One was treated at the scene; three others were taken to
    hospitals', 'four teens were injured ... the 18-year-old was hit in the stomach. Three
    other teens were also injured': fewer 'others' than a total of hurt told in an earlier
    sentence are the rest of that total, set beside someone just told, not more people."""
    return (mention.additive and mention.relative and mention.field in ("wounded", "shot")
            and bool(_OTHERS_RE.search(mention.phrase)) and not _MORE_RE.search(mention.phrase)
            and any(t.value > mention.value and t.sentence.start < mention.sentence.start
                    for t in totals))


_ORDINAL_VALUES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                   "eighth": 8, "ninth": 9, "tenth": 10}
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
    listed = sum(m.value for m in hurt if (m.part or m.singular and not m.anaphoric)
                 and not m.additive and total.end <= m.start < mention.start)
    return listed >= 1 and listed + 1 <= total.value


def _beside_its_dead(mention: Mention, mentions: list[Mention]) -> Mention:
    """'Two people are dead and another was hurt': "another" is besides the dead of its own
    sentence, not one more wounded after the headline's '2 dead, 1 hurt'."""
    if mention.additive and any(
        m.field == "killed" and not m.zero and m.category != "perpetrator"
        and m.sentence is mention.sentence and m.end <= mention.start for m in mentions
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
        if (w.field != "wounded" or w.zero or w.additive or w.value >= wounded.value
                or not HURT_WORD_RE.search(w.sentence.text)):
            continue  # "taken to hospital" may tell only some of the hurt
        dead = sum(k.value for k in mentions if k.field == "killed" and not k.zero
                   and not k.additive and k.sentence is w.sentence)
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
        not m.part and not m.additive for m in hit)


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
        not mention.additive and bool(_FOUND_WOUNDED_RE.search(mention.phrase))
        and not ADDITIVE_RE.search(mention.phrase)  # "a fourth victim": someone else
    )


def _without_restated_survivors(hit: list[Mention], killed: int | None,
                                wounded: list[Mention]) -> list[Mention]:
    """'Sixteen people were shot, one fatally ... 15 others were shot': the others are the
    survivors of the sixteen told again, not fifteen more. So are 'four other men were hit'
    after 'five people shot ... one of the victims, a woman, was shot in the head' (the rest
    of the total once a part or one new person is told), and after 'four others were
    injured' (the wounded told again)."""
    totals = [m.value for m in hit if not m.additive]
    restated = {m.value for m in wounded if not m.additive and not m.zero and not m.part}
    if totals:
        restated |= {max(totals) - m.value for m in hit
                     if (m.part or m.singular and not m.anaphoric) and not m.additive}
        if killed:
            restated.add(max(totals) - killed)
    return [m for m in hit if not (m.additive and m.relative and m.value in restated)]


def _as_generic(mention: Mention) -> Mention:
    """One person shot, named several ways ('a girl', 'she', 'herself'), is one person."""
    if mention.singular and (mention.anaphoric or mention.category == "perpetrator"):
        return replace(mention, category="generic")
    return mention


def _without_parts_of_extras(mentions: list[Mention]) -> list[Mention]:
    """The figures that are not additional, less the parts of an additional group told just
    before them: in 'four other officers were wounded, one of whom seriously' the one is
    among the four others, who add to the earlier figures, so the one is no figure of its
    own (as a part it would stand for everyone, and the four be added to it)."""
    return [m for m in mentions if not m.additive and not (m.part and any(
        e.additive and e.field == m.field and e.sentence is m.sentence and e.end <= m.start
        and e.value >= m.value for e in mentions))]


def _merge_categories(mentions: list[Mention]) -> Count:
    """Same category: largest; categories add up to a stated total; additional ones add."""
    if not mentions:
        return Count()
    base = _without_parts_of_extras(mentions)
    extra = _distinct_extras(mentions)
    counts = {c: _category_count(base, c) for c in (*SPECIFIC_CATEGORIES, "perpetrator", "generic")}
    specific = sum(counts[c].value or 0 for c in (*SPECIFIC_CATEGORIES, "perpetrator"))
    generic = counts["generic"]
    if (generic.value or 0) >= specific:
        value, used = generic.value or 0, list(generic.mentions)
    else:
        value = specific
        used = [m for c in (*SPECIFIC_CATEGORIES, "perpetrator") for m in counts[c].mentions]
    return Count(value + sum(m.value for m in extra), used + extra)


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
