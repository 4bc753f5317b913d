"""The shot, the hurt and the hurt who died: readers that complete or correct a sentence's figures.

"The gunmen shot 12 men and wounded another three": set against the wounded, the shot are the
dead. A wound noun ("suffered a gunshot wound", "sustained minor injuries") makes its bearer
one of the hurt; people a round hit were shot; and "a teenager who was shot on Sunday has
died" is a death, not a survivor. Each takes the mentions read from the triggers
(casualties.py) and returns them amended or adds its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.core.extraction.casualty_subjects import object_victims, subject_victims
from wirewatch.core.extraction.lexicon import (
    ADDITIVE_RE,
)
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.sentences import Sentence
from wirewatch.core.extraction.victim_phrase import VictimPhrase

_AND_WOUNDED_OTHERS_RE = re.compile(
    r"\s+and\s+(?:also\s+)?(?:wounded|injured)\s+(?:another|an?\s+other|\w+\s+(?:others|more))\b",
    re.IGNORECASE,
)


def shot_against_wounded(text: str, mentions: list[Mention]) -> list[Mention]:
    """'The gunmen shot 12 men and wounded another three': set against the wounded, the
    shot are the dead."""
    return [
        replace(m, field="killed")
        if m.field == "shot" and _AND_WOUNDED_OTHERS_RE.match(text, m.end - m.sentence.start)
        else m
        for m in mentions
    ]


_LATER_DIED_RE = re.compile(
    r"(?P<gap>(?:[^.;:!?]|(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.){0,80}?)\b(?:(?:(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?|later\s+|"
    r"subsequently\s+|eventually\s+)(?:died|succumbed)\b(?!\s+(?:down|out|off|away))"
    r"|(?P<where>where\s+(?:he|she|they)\s+(?:was|were)\s+(?:later\s+)?pronounced\s+dead)\b"
    r"|\band\s+(?:was|were)\s+(?:later\s+|then\s+|subsequently\s+)?(?:pronounced|declared)\s+"
    r"(?:dead|deceased)\b)",
    re.IGNORECASE,
)


_OTHER_SUBJECT_RE = re.compile(
    r"\b(?:and|but|while|said|says|told|another|other|one|two|three|his|her|their|by|whose|"
    r"who|when|before|as|gunman|shooter|attacker|suspect|[0-9]+)\b|,"
    r"|\bwhere\s+(?:the|a|an)\s",
    re.IGNORECASE,
)
"""Words in the gap that bring in someone else ('wounded by a gunman who later died', 'both
were taken to the hospital where the child later died')."""


_DATE_IN_GAP_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b(?:his|her|their)\s+(?:home|house|apartment|residence|car|vehicle|room|bedroom|yard|"
    r"driveway|porch)\b",
    re.IGNORECASE,
)
"""'hospitalized since a Feb. 27 shooting at her home': a date's number or a possessive
place brings in no one else."""


_PART_OF_RE = re.compile(r"\bof\s+(?:the|those|these)?\s*$", re.IGNORECASE)


WOUND_NOUN_RE = re.compile(
    r"\b(?P<verb>suffered|suffering|suffers?|sustained|sustaining|received|treated\s+for|"
    r"survived|with)\s+(?:from\s+)?"
    r"(?:what\s+(?:\w+\s+){1,3}?(?:are|were|is|was|as)\s+)?"  # "what police say are"
    r"(?:(?:an?|one|two|three|nonlife-threatening|non-life\s+threatening|"
    r"multiple|several|numerous|minor|serious|critical|severe|non-life-threatening|superficial|"
    r"slight|light|life-threatening|apparent|possible|graze|hand|leg|arm|head|facial|bodily|"
    r"(?P<own>self-inflicted|accidental)|"
    r"(?P<fatal>fatal|mortal)|gunshot|gun\s+shot|bullet|shrapnel|burn)\s+){0,3}"
    r"(?:wounds?|injur(?:y|ies))\b"
    r"(?(own)(?=\s+(?:to|in)\s+(?:the|his|her)\s+(?:(?:left|right)\s+)?(?:legs?|arms?|foot|feet|"
    r"hands?|ankles?|thighs?|knees?|groin|buttocks|hips?|wrists?|fingers?|calf|elbows?)\b))",
    re.IGNORECASE,
)
"""'A woman suffered a gunshot wound to the arm', 'found the boy with a gunshot wound', 'two
civilians suffered burn injuries' (an acid or fire attack). Stab wounds are left out: GVA counts
only the hurt by gunfire, and no dev row of the other sets needs them."""


_GUNSHOT_RE = re.compile(r"\b(?:gunshot|gun\s+shot|bullet|shrapnel)\b", re.IGNORECASE)


def wound_bearers(
    sentence: Sentence, phrases: list[VictimPhrase], others: list[Mention]
) -> list[Mention]:
    """The people a gunshot wound is told of: the subject of 'suffered', or whoever stands
    right before 'with'. Read only when the sentence names no other casualty, so a wound
    that killed ('was found with a gunshot wound and pronounced dead') is left to it, or
    for a subject of 'suffered' (not 'with') that no other figure of the sentence reads:
    'no officer was hurt, though one man sustained a minor injury'. They
    are people hit, whose death another sentence may tell ('four victims suffering from
    gunshot wounds ... one died' is 1 dead, 3 wounded), unless told as more ('a fourth man')."""
    found = []
    for match in WOUND_NOUN_RE.finditer(sentence.text):
        position = match.start("verb")
        if others and (match.group("verb").lower() == "with" or match.group("fatal")):
            continue
        if match.group("verb").lower() != "with":
            group = subject_victims(sentence.text, position, phrases)
        elif _GUNSHOT_RE.search(match.group(0)):
            # the phrase right before "with", never one after it ("X with gunshot wounds at
            # the Y Apartment Complex")
            group = [
                p
                for p in phrases
                if p.end <= position and re.fullmatch(r"\s*", sentence.text[p.end : position])
            ]
        else:
            continue  # "taken to hospital with injuries": only a gunshot wound marks a victim
        if (
            group
            and others
            and any(
                m.start < sentence.start + match.end() and sentence.start + group[0].start < m.end
                for m in others
            )
        ):
            continue  # a figure of the sentence already reads these people or this wound
        if group:
            told = sentence.text[group[0].start : group[-1].end]
            survived = match.group("verb").lower() == "survived"  # alive: not one of the dead
            field = "wounded" if survived or ADDITIVE_RE.search(told) else "shot"
            if match.group("fatal"):
                field = "killed"  # "a 20-year-old woman suffered a fatal gunshot wound"
            found.append(_group_mention(sentence, field, group, group[0].start, match.end()))
    return found


def _group_mention(
    sentence: Sentence, field: str, group: list[VictimPhrase], start: int, end: int
) -> Mention:
    """One generic figure for a group read by a pattern of its own, its phrase text[start:end]
    (offsets within the sentence)."""
    return Mention(
        field,
        sum(p.value for p in group),
        "generic",
        sentence.start + start,
        sentence.start + end,
        sentence.text[start:end],
        sentence,
        singular=len(group) == 1 and group[0].singular,
        anaphoric=all(p.anaphoric for p in group),
    )


ROUND_HIT_RE = re.compile(
    r"\b(?:(?:bullets?|rounds?|shots?|gunfire|pellets?|it|gun|handgun|pistol|rifle|shotgun)\s+"
    r"(?:(?:then|also|accidentally|discharged\s+and|went\s+off\s+and|fired\s+and)\s+)?"
    r"|(?:fired|discharged|went\s+off|ricocheted)\b[^.;:]{0,40}?(?:,\s*|\band\s+))"
    r"(?P<verb>struck|hit|grazed|striking|hitting|grazing|strikes|hits|grazes)\b",
    re.IGNORECASE,
)
"""'the bullet hit a girl', 'the gun discharged and struck a boy': a person hit by a round."""


def hit_by_rounds(sentence: Sentence, phrases: list[VictimPhrase]) -> list[Mention]:
    """Those a round hit, as people shot: whether they died is left to the tally."""
    found = []
    for match in ROUND_HIT_RE.finditer(sentence.text):
        if match.group(0).lower().startswith("it") and not re.search(
            r"\b(?:gun|handgun|pistol|rifle|shotgun|weapon|firearm)\b", sentence.text, re.I
        ):
            continue  # "it hit a wall": 'it' must be a firearm named in the sentence
        group = object_victims(sentence.text, match.end("verb"), phrases)
        if group:
            found.append(
                _group_mention(sentence, "shot", group, match.start("verb"), group[-1].end)
            )
    return found


def _gap_before(died: re.Match[str]) -> str:
    """The words between the hurt and their death; 'taken to a hospital, where they were
    pronounced dead' keeps its comma out, as the clause is about the same people."""
    gap = died.group("gap")
    return re.sub(r",\s*$", " ", gap) if died.group("where") else gap


def hurt_then_died(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """'A teenager who was shot on Sunday has died', 'a man wounded last week has since
    died': the people hurt are the people dead, so they are hit (not wounded survivors) and
    killed. Not 'one of those hospitalized has died' (a part: the tally's rule)."""
    text, base = sentence.text, sentence.start
    killed_at = {m.start for m in mentions if m.field == "killed"}
    result = []
    for m in mentions:
        died = _LATER_DIED_RE.match(text, m.end - base)
        if (
            m.field not in ("wounded", "shot")
            or m.zero
            or died is None
            or _OTHER_SUBJECT_RE.search(_DATE_IN_GAP_RE.sub(" ", _gap_before(died)))
            or _PART_OF_RE.search(text, 0, m.start - base)
        ):
            result.append(m)
            continue
        result.append(replace(m, field="shot"))
        if m.start not in killed_at:
            phrase = text[m.start - base : died.end()]
            result.append(replace(m, field="killed", end=base + died.end(), phrase=phrase))
    return sorted(result, key=lambda m: m.start)


CONDITION_RE = re.compile(
    r"\b(?:is|was|are|were|remains?|remained|has\s+been|have\s+been)\s+"
    r"(?:(?:now|still|currently|reportedly|also|both|all|each|listed|reported|said\s+to\s+be|"
    r"believed\s+to\s+be|being)\s+){0,2}"
    r"(?:(?:(?:(?:taken|transported|rushed|brought)\s+(?:by\s+\w+\s+)?to\s+[^,.;]{1,60}?\s+)?"
    r"in\s+(?:a\s+)?|(?=stable|good|fair|satisfactory))"
    r"(?:critical\s+(?:but|and)\s+)?(?:stable|good|fair|satisfactory)\s+condition\b"
    r"|expected\s+to\s+(?:survive|recover)\b|treated\s+and\s+released\b|"
    r"recovering\b(?!\s+(?:the|a|an|his|her|their|its)\b)(?![^.;]{0,40}\bcritical\b)|"
    r"(?:since\s+)?released\s+from\s+(?:the\s+)?hospital\b)",
    re.IGNORECASE,
)
"""'The boy is in stable condition', 'both were treated and released': people in a
hospital's care after the attack, hurt though no verb of the sentence says so; 'two others are
recovering' likewise (not 'recovering the weapon', nor recovering in critical condition). Not
'in critical condition': the news is often told before a death the coders count."""
_NOT_IN_CARE_RE = re.compile(
    r"\baccording\s+to\s+(?:\S+\s+){0,4}\S+$|\b(?:unborn|fetus|foetus)\b", re.IGNORECASE
)
"""Not one of the people in care: the source told before them ('according to Captain
Ruiz, the four teenagers ...'), or an unborn child told beside its mother."""


def told_in_condition(
    sentence: Sentence, phrases: list[VictimPhrase], others: list[Mention]
) -> list[Mention]:
    """The subject of a hospital condition, as people hurt: the only figure some articles
    give for a survivor ('He was shot ... He is in stable condition'), and they are alive
    where the sentence tells them only shot ('both were shot and taken to a hospital in
    stable condition'). Not a part ('one of the four men'), which stands for its whole."""
    found = []
    text = sentence.text
    for match in CONDITION_RE.finditer(text):
        group = [
            p
            for p in subject_victims(text, match.start(), phrases)
            if not _NOT_IN_CARE_RE.search(text, max(0, p.start - 40), p.end)
        ]
        if not group or any(p.part for p in group) or any(
            m.start < sentence.start + match.end() and sentence.start + group[0].start < m.end
            for m in others
            if m.field != "shot"
        ):
            continue  # nobody, or people told hurt or dead by the sentence already
        found.append(_group_mention(sentence, "wounded", group, group[0].start, match.end()))
    return found
