"""Cut an article into incident mentions: the main event, other current events, background.

A story is about one event, but it may also report same-day attacks elsewhere
("A separate attack in ...") and recall earlier ones ("In July, ..."). Sentences
are read in order; a sentence joins the current incident unless it opens a new
one (a separate-incident cue) or recalls an earlier event (see `background.py`).
Within a separate-incident sentence, a clause after "while"/";" that reports its
own attack is a further incident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from wirewatch.core.extraction.background import (
    RECALL_RE,
    another_events_clauses,
    is_background,
)
from wirewatch.core.extraction.casualties import read_casualties
from wirewatch.core.extraction.death_causes import of_another_cause, tells_of_violence
from wirewatch.core.extraction.group_references import GroupMemory
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.named_with_others import with_the_named_one
from wirewatch.core.extraction.reported_events import reports_event
from wirewatch.core.extraction.retracted_deaths import withdrawn
from wirewatch.core.extraction.sentences import Sentence

SEPARATE_RE = re.compile(
    r"\b(?:in\s+a\s+separate|separate(?:ly)?\s|a\s+separate|in\s+another\s+(?:incident|attack|"
    r"shooting|bombing)|in\s+a\s+(?:second|similar|related|different)\s+(?:incident|attack)|"
    r"another\s+(?:attack|incident|bombing|blast|explosion|ambush|shooting|stabbing)\b|elsewhere|"
    r"another\s+(?:fatal|deadly|double|triple)\s+(?:shooting|stabbing|attack)\b|"
    r"another\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|teen|boy|girl)\s+was\s+(?:fatally\s+shot|"
    r"shot\s+(?:dead|and\s+killed|to\s+death)|killed|gunned\s+down)\b(?=[^.]*?\b(?:in\s+the\s+"
    r"(?:[\w-]+\s+){1,4}(?:neighbou?rhood|block)|nearby|on\s+the\s+\w+\s+Side)))",
    re.IGNORECASE,
)
"""'Another man was shot dead Saturday in the Chatham neighborhood': a death told with
a place of its own opens another incident (a round-up of a city's shootings)."""
CLAUSE_SPLIT_RE = re.compile(r",?\s+while\s+|;\s+|,\s+whereas\s+", re.IGNORECASE)
ATTACK_VERB_RE = re.compile(
    r"\b(?:attack(?:ed|s)?|ambush(?:ed)?|bomb(?:ed|ing)?|explo(?:ded|sion)|blast|shell(?:ed|ing)|"
    r"raid(?:ed)?|opened\s+fire|clash(?:ed|es)?|stormed)\b",
    re.IGNORECASE,
)
EVENT_WORD_RE = re.compile(
    r"\b(?:attack|ambush|bomb|explo|blast|blew\s+up|blown\s+up|shell|raid|opened\s+fire|clash|"
    r"shooting|shot|gunfire|"
    r"gunmen|kidnap|abduct|hostage|massacre|killed|killing|murder|assassinat|dead|died|wounded|"
    r"injured|stabb|arson|set\s+fire|torched|riot|protest|fighting|airstrike|air\s+strike|"
    r"grenade|mortar|rocket|violence|insurgent|militant|terroris|guerrilla|tortur|"
    r"fired\s+(?:on|at|upon|into|with|shots|rockets|missiles)|exchanged\s+(?:fire|gunfire)|"
    r"fired\s+(?:\w+\s+){1,2}(?:at|on)\s|shoot-?out|skirmish|demonstrat|gunshot|"
    r"(?:on|a|hunger|general)\s+strike\b|strikers|bod(?:y|ies)\s+of|"
    r"sit-in|looted|beat(?:en)?\s+(?:up|to)|and\s+beat\b|assault|artillery|drone\s+strike|"
    r"lynch|barricad|burn(?:ed|ing|t)\s+(?:\w+\s+)?(?:tires|tyres)|threw\s+stones|"
    r"recaptur|picket|marched|marchers|took\s+to\s+the\s+streets|offensives|"
    r"launched\s+an?\s+offensive|drones?\s+(?:\w+\s+)?(?:hit|struck|targeted)|warplanes?|"
    r"battle|shattered|hijack|executed|executions?\b|militia|\d+-(?:hour|day)\s+strike|"
    r"went\s+on\s+strike|gathered\s+(?:outside|in\s+front\s+of)|open\s+fire|"
    r"injur(?:e|es|ing)\b|blocked\s+(?:the\s+|a\s+)?(?:main\s+)?roads?|"
    r"(?:burnt|burned)\s+down|destroyed\s+property|set\s+(?:\w+\s+){1,2}on\s+fire|"
    r"were\s+seized|projectiles?\s+(?:were\s+)?(?:fired|landed|hit|struck|involving)|"
    r"(?:fired|observed)\s+(?:[\w-]+\s+){0,3}projectiles|bursts?\s+of\s+fire|"
    r"\b(?:RC|VB)?IEDs?\b|explosive\s+devices?|"
    r"fired\s+(?:[\w-]+\s+){0,3}(?:missiles?|rockets?|shells?|mortars?|rounds|shots|bullets|"
    r"grenades?)\s+(?:at|on|towards|into)\b|firing\s+of\s+(?:\w+\s+){0,3}missiles|"
    r"missiles?\s+(?:hit|struck|landed)|(?:fired|firing)\s+(?:\w+\s+)?machine\s*guns?|"
    r"machine[\s-]*gun\s+fire|machine-?gunned|\bATGMs?\b|\brap(?:ed|es|ing)\b|"
    r"\bbeaten\s+(?:to\s+death|up|by\s+(?:the\s+)?(?:police|soldiers|security|troops|a\s+mob|"
    r"officers|guards|militants|gunmen|residents|villagers|protesters))|"
    r"\bbeat\s+(?:up|and\s+(?:tied|robbed|stabbed|injured|killed))\b|"
    r"\b(?:beat|assaulted)\s+(?:a|an|two|three|four|five|six|several|dozens\s+of|\d+)\s+(?:\w+\s+)?"
    r"(?:people|persons|men|women|civilians|protesters|demonstrators|journalists?|students?|"
    r"farmers?|villagers|residents|worshippers|detainees|prisoners|boys?|girls?|children|man|"
    r"woman|Palestinians|migrants|refugees)\b|"
    r"\b(?:were|was)\s+beaten\s+by\s+(?:\w+\s+){0,3}?(?:officers|officials|police|soldiers|"
    r"troops|guards|militiam[ae]n|men|members|supporters|agents)\b|"
    r"pelt(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:stones|rocks|petrol\s+bombs|bottles)|molotov|"
    r"(?:was|were)\s+set\s+alight|(?:threw|hurled)\s+(?:stones|rocks)|"
    r"(?:seized|regained|retook|taken|took)\s+control\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}(?:town|city|"
    r"village|area|district|territory|base|airport|positions?|neighbou?rhood|region|province)|"
    r"\d+\s+fatalit(?:y|ies)|fatalities\s+(?:were\s+)?reported|\bfire\s*fights?\b|"
    r"vandali[sz]ed|sustained\s+(?:(?:serious|severe|gunshot|bullet|stab|multiple|critical)\s+)+"
    r"(?:wounds|injuries)|bod(?:y|ies)\s+(?:was|were)\s+found|"
    r"dispersed\s+(?:the\s+)?(?:(?:around|about|some)\s+)?(?:\d[\d,]*\s+)?(?:protesters|"
    r"demonstrators|crowds?|people|marchers|rioters)|"
    r"(?:workers|staff|employees|teachers|doctors|nurses|drivers|miners|lecturers)\s+"
    r"(?:[\w-]+\s+){0,3}?strikes?\s+over\b|"
    r"(?:held|organi[sz]ed|staged)\s+(?:a\s+)?(?:protest\s+)?(?:(?-i:march)|demonstration|sit-in)|"
    r"\brall(?:y|ies|ied)\s+(?:[\w-]+\s+){0,3}?(?:against|to\s+(?:demand|protest|call))\b|"
    r"\blooters\b|\b(?:fight|brawl)\s+(?:broke\s+out|erupted)|"
    r"\b(?:allegedly|reportedly)\s+(?:beat|assaulted|attacked)\b|"
    r"\bbeating\s+(?:\w+\s+){0,2}(?:people|men|women|him|her|them|villagers|residents)\b)",
    re.IGNORECASE,
)


@dataclass
class IncidentDraft:
    """The sentences and casualty mentions of one incident, before assembly."""

    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    background: bool = False
    focus: tuple[int, int] | None = None

    @property
    def span(self) -> tuple[int, int] | None:
        """Where the incident is told: its own clause, else its casualty sentences."""
        if self.focus is not None:
            return self.focus
        told = [m.sentence for m in self.mentions] or self.sentences[:2]
        if not told:
            return None
        return min(s.start for s in told), max(s.end for s in told)


def segment(sentences: list[Sentence], published: date | datetime | None) -> list[IncidentDraft]:
    """Incident drafts in reading order; the first is the article's lead event."""
    drafts = [IncidentDraft()]
    current = drafts[0]
    previous_background: IncidentDraft | None = None
    groups = GroupMemory()
    violent = any(tells_of_violence(sentence.text) for sentence in sentences)
    for index, sentence in enumerate(sentences):
        mentions = [
            with_the_named_one(m)
            for m in read_casualties(sentence)
            if not (violent and of_another_cause(m))
        ]
        if withdrawn(sentences, index):
            mentions = [m for m in mentions if m.field != "killed"]
        mentions += groups.killed_by_reference(sentence, mentions)
        groups.remember(sentence)
        mentions, other = _split_off_another_event(sentence, mentions)
        if other:
            drafts.append(IncidentDraft([sentence], other, background=True))
        if mentions and is_background(sentence.text, published):
            if previous_background is None or SEPARATE_RE.search(sentence.text):
                previous_background = IncidentDraft(background=True)
                drafts.append(previous_background)
            previous_background.sentences.append(sentence)
            previous_background.mentions.extend(mentions)
            continue
        previous_background = None
        if mentions and SEPARATE_RE.search(sentence.text) and (current.mentions or drafts[1:]):
            current = _open_separate(drafts, sentence, mentions)
            continue
        current.sentences.append(sentence)
        current.mentions.extend(mentions)
    return drafts


def _split_off_another_event(
    sentence: Sentence, mentions: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """The sentence's own mentions, and those told in a clause about another event the
    story compares its own to ('came two days after a gunman killed five officers')."""
    clauses = another_events_clauses(sentence.text)
    if not clauses:
        return mentions, []
    other: list[Mention] = []
    for lo, hi in clauses:
        told = [m for m in mentions if lo <= m.start - sentence.start < hi and m not in other]
        if any(m.field == "killed" for m in told):  # not 'died two days after being shot'
            other += told
    return [m for m in mentions if m not in other], other


def _open_separate(
    drafts: list[IncidentDraft], sentence: Sentence, mentions: list[Mention]
) -> IncidentDraft:
    """New incident(s) for a separate-incident sentence; returns the last one opened."""
    cuts = [0] + [m.end() for m in CLAUSE_SPLIT_RE.finditer(sentence.text)] + [len(sentence.text)]
    draft = IncidentDraft()
    drafts.append(draft)
    for start, end in zip(cuts, cuts[1:], strict=False):
        clause = sentence.text[start:end]
        own = [m for m in mentions if start <= m.start - sentence.start < end]
        if start > 0 and own and ATTACK_VERB_RE.search(clause) and draft.mentions:
            draft = IncidentDraft(focus=(sentence.start + start, sentence.start + end))
            drafts.append(draft)
        draft.mentions.extend(own)
        if sentence not in draft.sentences:
            draft.sentences.append(sentence)
    return draft


def order_incidents(drafts: list[IncidentDraft], text: str) -> list[IncidentDraft]:
    """Main incident first, then other current ones, then background; drop empty ones.

    When no current incident reports any casualty but a recalled one does (a
    follow-up story about last week's shooting), the recalled one leads.
    """
    main, rest = drafts[0], drafts[1:]
    current = [d for d in rest if not d.background and d.mentions]
    background = [d for d in rest if d.background and d.mentions]
    if not main.mentions:
        if current:
            main, current = current[0], current[1:]
        elif background and not _positive(main):
            main, background = (
                max(background, key=_size),
                [b for b in background if b is not max(background, key=_size)],
            )
        elif not EVENT_WORD_RE.search(text[:4000]) and not reports_event(text[:4000]):
            return []
    background = _absorb_restatements(main, background)
    return [main, *current, *background]


def _absorb_restatements(
    main: IncidentDraft, background: list[IncidentDraft]
) -> list[IncidentDraft]:
    """A follow-up story restates its own event with a date ('was killed on Jan. 5'):
    a recalled incident with the same death toll as the lead one is the lead one, unless
    its words say it is another, earlier event ('last year', 'two years ago')."""
    toll = _size(main)
    if not toll or main.background:
        return background
    kept = []
    for draft in background:
        recalled = any(RECALL_RE.search(s.text) for s in draft.sentences)
        if _size(draft) == toll and not recalled:
            main.mentions.extend(draft.mentions)
            main.sentences.extend(draft.sentences)
        else:
            kept.append(draft)
    return kept


def _positive(draft: IncidentDraft) -> bool:
    return any(m.value > 0 for m in draft.mentions)


def _size(draft: IncidentDraft) -> int:
    return max((m.value for m in draft.mentions if m.field == "killed"), default=0)
