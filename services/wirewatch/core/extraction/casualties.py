"""Casualty mentions in one sentence: who was killed, wounded or shot, and how many.

Reading, not pattern matching: each report word ("killed", "wounded", "died",
"shot") is tied to its victims through the sentence structure. Passive and
intransitive forms ("12 police were killed", "two people died") count the phrase
before them in the same clause; active forms ("killing three soldiers") count the
phrase after them. Coordinated victims ("two soldiers and a civilian") add up;
parts ("three of them", "including two children") are marked so that they are
never added to the whole they belong to.

Killings told as nouns ('the assassination of X') are read in `killing_nouns.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.core.extraction.attacker_deaths import attacker_killed_at_the_end
from wirewatch.core.extraction.attackers_in_tolls import lists_the_attackers
from wirewatch.core.extraction.capitals_killings import killing_of_named_in_capitals
from wirewatch.core.extraction.casualty_subjects import object_victims, subject_victims
from wirewatch.core.extraction.casualty_wounds import (
    CONDITION_RE,
    ROUND_HIT_RE,
    WOUND_NOUN_RE,
    hit_by_rounds,
    hurt_then_died,
    shot_against_wounded,
    told_in_condition,
    wound_bearers,
)
from wirewatch.core.extraction.killing_nouns import is_event_noun, killing_of_someone
from wirewatch.core.extraction.lexicon import (
    ACTIVE_TRIGGERS,
    NOUN_TRIGGERS,
    OBJECT_PHRASES_RE,
    TO_DEATH_VERBS,
    TRIGGER_RE,
    ZERO_RE,
)
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.murder_suicides import murder_suicide_shootings
from wirewatch.core.extraction.named_lists import named_subjects
from wirewatch.core.extraction.plain_deaths import plain_deaths
from wirewatch.core.extraction.self_inflicted_deaths import self_inflicted_deaths
from wirewatch.core.extraction.sentences import Sentence
from wirewatch.core.extraction.shooting_victims import (
    COUNTED_VICTIMS_RE,
    counted_shooting_victims,
)
from wirewatch.core.extraction.stated_figures import (
    MURDER_SUICIDE_RE,
    SUICIDE_RE,
    coded_figures,
    fatally_parts,
    in_condition_others,
    might_tell_a_suicide_attack,
    multiple_shootings,
    ordinal_dead,
    shooter_who_took_his_life,
    split_between_events,
    suicide_attackers,
    survivors_beside_the_dead,
    toll_mentions,
    zero_mentions,
)
from wirewatch.core.extraction.surnames import may_be_a_name
from wirewatch.core.extraction.verb_number import singular_subject
from wirewatch.core.extraction.victim_phrase import VictimPhrase
from wirewatch.core.extraction.victims import find_victim_phrases

_PERPETRATOR_INCLUDED_RE = re.compile(
    r"\bincluding\s+(?:[^.;,]{0,50}?\b(?:and|the|a|one|two|three|four|five|\d+)\s+)?"
    r"(?:\w+\s+)?(?:gunm[ae]n|shooters?|attackers?|assailants?|bombers?|suspects?|"
    r"perpetrators?)\b(?!['’])",
    re.IGNORECASE,
)
_THE_ATTACKER_RE = re.compile(
    r"\bthe\s+(?:militant|insurgent|rebel|fighter|jihadist|terrorist)\b(?!['’])",
    re.IGNORECASE,
)
"""'The militant and four police officers were killed': the attacker told already (one
told as 'the assailant' is counted apart as a perpetrator, so is not matched here)."""
_LEADING_PERPETRATOR_INCLUDED_RE = re.compile(
    r"\s*" + _PERPETRATOR_INCLUDED_RE.pattern + r"\s*,\s*$", re.IGNORECASE
)
"""'Including the bomber, 16 people were killed': the total holds him."""
_NAMED_PAIR_RE = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?P<names>(?:[A-Z][\w'’-]+,\s+){0,3}[A-Z][\w'’-]+,?\s+and\s+"
    r"[A-Z][\w'’-]+)\s+(?:were|have\s+been|had\s+been)\s+(?:(?:also|both|all|later|\w+ly)\s+)?$"
)
"""'Akonjee and Uddin were killed': people named by surname, one each."""
_SINGULAR_AUX_RE = re.compile(
    r"\b(?:was|is|has\s+been|had\s+been)\s+(?:(?:also|reportedly|allegedly|later|then|"
    r"\w+ly)\s+)?$",
    re.IGNORECASE,
)
_ASIDE_RE = re.compile(r"\([^()]{0,40}\)|\[[^\[\]]{0,60}\]|\s--\s(?:(?!--)[^\n]){1,50}?\s--(?=\s)")
# An intent, threat or attempt: the victims named were not (or not yet) harmed.
_MOTIVE_RE = re.compile(
    r"\b(?:retaliation|revenge|response|reprisal|vengeance|retribution)\s+(?:for|to)\s+"
    r"(?:the\s+|an?\s+)?(?:\w+(?:'s|’s)?\s+)?(?:(?:recent|earlier|alleged)\s+)?"
    r"(?:(?:\w+\s+){1,3}(?:that|which)\s+)?$"
    r"|\bto\s+avenge\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a killing told as the motive of this attack: an earlier event, not its toll."""
_PREVENTED_RE = re.compile(
    r"\b(?:stop|prevent|keep|kept)\w*\s+(?:[\w,'’-]+\s+){0,8}?from\s+$", re.IGNORECASE
)
_DENIED_RE = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:indications?|evidence|signs?|reports?)\s+that\s+(?:[\w'’-]+\s+){1,6}$"
    r"|\b(?:do|does|did)\s+not\s+(?:believe|think|suspect)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}$",
    re.IGNORECASE,
)
"""'no indication that any of the dead', 'do not believe the gunman': the death that
follows is denied, not told."""
_UNREALISED_RE = re.compile(
    r"\b(?:attempt|tr(?:y|ie)|plot|plan|threat|vow|intend|aim|want|conspir|order|seek|"
    r"sought|fail|promis|decid|prepar|going|intent|hop)\w*\s+(?:was\s+)?to\s+(?:\w+\s+(?:or\s+)?)?$"
    r"|\b(?:would|could|might|may|can|will|should)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:would|could|might|should)(?:\s+have|['’]ve)\s+been\s+(?:[\w,-]+\s+){0,5}$"
    r"|^\W*to\s+$|\bgonna\s+$|\blet\s+(?:me|us|him|her|them)\s+$"
    r"|\b(?:attempted|attempt|foiled|failed|thwarted)\s+$"
    r"|\b(?:before|until|unless|if|when|so\s+that)\s+(?:[\w'’-]+\s+){1,4}(?:is|are|gets|get)\s+$",
    re.IGNORECASE,
)
"""'attempted to kill', 'could kill', 'hoped to kill hundreds', 'there should have been
five people dead', 'before another teen is killed', 'when the person who is killed is
...': no one was."""
_BARE_OBJECT_RE = re.compile(
    r"\s+(?:(?!(?:when|as|after|before|while|because|if|until|since|and|or|but|then|a|an|the)\b)"
    r"[\w-]+\s+){0,2}?(?P<head>officer|soldier|policeman|man|woman|boy|girl|teen|"
    r"teenager|child|student|journalist|official|civilian|guard|driver|farmer|trader|"
    r"worker|leader|commander|chief|judge|priest|imam|mayor|councillor|councilor|"
    r"villager|resident|shepherd|herder|activist|lawyer|doctor|teacher|pastor|"
    r"businessman|candidate|member|militant|rebel|fighter|suspect)\b(?!['’-])",
    re.IGNORECASE,
)
_COMPOUND_NOUN_RE = re.compile(
    r"\s+(?:suspects?|spree|range|victims?|scene|incidents?|investigation|deaths?|case|probe)\b"
)
_NOUN_USE_RE = re.compile(
    r"\s+(?:was|is|that|which|happened|occurred|took|outside|inside|near|on|early|late|"
    r"remains|appears|appeared|comes|came|in\s+the|at\s+(?!least))\b"
)
_FIELD_OF_NOUN = {"killed": "killed", "wounded": "wounded", "shot": "shot"}


def read_casualties(sentence: Sentence) -> list[Mention]:
    """Every casualty figure in `sentence`, in reading order."""
    if not (
        TRIGGER_RE.search(sentence.text)
        or ZERO_RE.search(sentence.text)
        or (might_tell_a_suicide_attack(sentence.text) and SUICIDE_RE.search(sentence.text))
        or WOUND_NOUN_RE.search(sentence.text)
        or ROUND_HIT_RE.search(sentence.text)
        or CONDITION_RE.search(sentence.text)
        or COUNTED_VICTIMS_RE.search(sentence.text)
    ):
        return []
    original = sentence
    sentence = Sentence(_mask_asides(sentence.text), sentence.start, sentence.end)
    text = sentence.text
    phrases = find_victim_phrases(text)
    mentions: list[Mention] = []
    claimed: set[int] = set()
    for trigger in TRIGGER_RE.finditer(text):
        mentions.extend(_read_trigger(sentence, trigger, phrases, claimed))
    mentions.extend(wound_bearers(sentence, phrases, mentions))
    mentions.extend(hit_by_rounds(sentence, phrases))
    mentions.extend(told_in_condition(sentence, phrases, mentions))
    mentions.extend(counted_shooting_victims(sentence, mentions))
    mentions.extend(toll_mentions(sentence))
    mentions.extend(multiple_shootings(sentence))
    mentions.extend(suicide_attackers(sentence))
    mentions.extend(shooter_who_took_his_life(sentence, mentions))
    mentions.extend(murder_suicide_shootings(sentence, mentions))
    mentions.extend(attacker_killed_at_the_end(sentence, mentions))
    mentions.extend(fatally_parts(sentence, mentions))
    mentions.extend(in_condition_others(sentence, mentions))
    mentions.extend(survivors_beside_the_dead(sentence, mentions))
    mentions.extend(plain_deaths(sentence, mentions))
    mentions.extend(zero_mentions(sentence))
    mentions.extend(coded_figures(sentence))
    mentions.extend(split_between_events(sentence))
    mentions = hurt_then_died(sentence, shot_against_wounded(text, mentions))
    mentions = ordinal_dead(sentence, mentions)
    mentions = self_inflicted_deaths(sentence, mentions)
    restored = [
        replace(
            m,
            sentence=original,
            phrase=original.text[m.start - original.start : m.end - original.start],
        )
        for m in mentions
    ]
    return _others_of_other_fields(sorted(restored, key=lambda m: m.start))


def _mask_asides(text: str) -> str:
    """Blank out short bracketed asides ('(US)', '[FMLN]', '-- 4 and 1 years old --') so
    they do not split phrases, and 'brain dead' to 'dead'; offsets stay the same."""
    text = _ASIDE_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = _BRAIN_DEAD_RE.sub(lambda m: " " * (len(m.group(0)) - 4) + "dead", text)
    return re.sub(r"[\"“”]", " ", text)


_BRAIN_DEAD_RE = re.compile(r"\bbrain[\s-]dead\b", re.IGNORECASE)
"""'Doctors declared her brain dead': brain death is death, so read as 'declared her dead'."""


def _others_of_other_fields(mentions: list[Mention]) -> list[Mention]:
    """'one killed and three others wounded': those others are others than the killed,
    not additional wounded, so they do not add to earlier wounded figures."""
    result = []
    for index, mention in enumerate(mentions):
        if mention.relative and any(
            m.field != mention.field and not m.zero for m in mentions[:index]
        ):
            field = "wounded" if mention.field == "shot" else mention.field
            mention = replace(mention, field=field, additive=False, relative=False)
        result.append(mention)
    return result


def _read_trigger(
    sentence: Sentence, trigger: re.Match[str], phrases: list[VictimPhrase], claimed: set[int]
) -> list[Mention]:
    field = trigger.lastgroup or "killed"
    word = trigger.group(0).lower()
    if word.endswith(("hospital", "center")) and _UNHURT_RE.search(sentence.text):
        return []  # "taken to a medical center ... suffered no wounds"
    if word == "toll" or _is_modifier_use(sentence.text, trigger):
        return []
    if word == "shooting" and _BE_BEFORE_RE.search(sentence.text, 0, trigger.start()):
        return []  # "two of the teens were shooting": those who fired, not people hit
    if _UNREALISED_RE.search(sentence.text[max(0, trigger.start() - 40) : trigger.start()]):
        return []  # "attempted to kill", "threatened to kill": no one was
    if _DENIED_RE.search(sentence.text[max(0, trigger.start() - 80) : trigger.start()]):
        return []  # "no sign that the gunman killed himself": a death denied
    if _PREVENTED_RE.search(sentence.text[max(0, trigger.start() - 90) : trigger.start()]):
        return []  # "stopped a suicide bomber from assassinating the governor"
    if _MOTIVE_RE.search(sentence.text[max(0, trigger.start() - 70) : trigger.start()]):
        return []  # "in retaliation for the killing of a teenager": an earlier event
    last_word = word.split()[-1]
    if word.endswith("to death"):
        last_word = word.split()[0]  # "hacked to death": the verb decides
    if word in ("shooting", "wounding", "injuring") and re.match(
        r"\s+of\s", sentence.text[trigger.end() :]
    ):
        group = object_victims(sentence.text, trigger.end(), phrases, require_of=True)
        return _mention(sentence, field, group, trigger, claimed) if group else []
    if named := killing_of_named_in_capitals(sentence, trigger):
        return named  # 'THE MURDER OF <NAME> SOUGHT ...': no capitals end the name
    if is_event_noun(sentence.text, trigger):
        group = object_victims(sentence.text, trigger.end(), phrases, require_of=True)
        if group:
            return _mention(sentence, field, group, trigger, claimed)
        return killing_of_someone(sentence, trigger)
    if (last_word in NOUN_TRIGGERS and not _verb_before_count(sentence.text, trigger)) or word in (
        "dead",
        "deceased",
    ):
        group = subject_victims(sentence.text, trigger.start(), phrases, headless_only=True)
        group = singular_subject(sentence.text, group, trigger)
        if group:
            return _mention(sentence, field, group, trigger, claimed)
        if last_word in NOUN_TRIGGERS:
            group = object_victims(sentence.text, trigger.end(), phrases, require_of=True)
            return _mention(sentence, field, group, trigger, claimed) if group else []
    passive = _PASSIVE_BEFORE_RE.search(sentence.text, 0, trigger.start()) or _AGENT_AFTER_RE.match(
        sentence.text, trigger.end()
    )  # "4 Hurt By Driver"
    if (last_word in ACTIVE_TRIGGERS or OBJECT_PHRASES_RE.fullmatch(word)) and not passive:
        group = object_victims(sentence.text, trigger.end(), phrases, field=field)
        if group:
            return _mention(sentence, field, group, trigger, claimed)
        bare = _bare_object(sentence, trigger, field) or _named_object_in_capitals(
            sentence, trigger, field
        )
        if bare:
            return bare
    if last_word in ACTIVE_TRIGGERS and not passive and _transitive_use(sentence.text, trigger):
        return []  # "militants killed a family": the subject is the killer
    if field == "killed" and not passive and word in TO_DEATH_VERBS:
        return []  # "four men stabbed the deputy prefect to death": the subject is the killer
    if field == "killed" and (listed := named_subjects(sentence, trigger)):
        return [listed]  # "Ruiz, 30, Okafor, 41, and Lee were killed": one per name
    group = subject_victims(sentence.text, trigger.start(), phrases, field=field)
    group = singular_subject(sentence.text, group, trigger)
    if group:
        return _mention(sentence, field, group, trigger, claimed) + _along_with(
            sentence, field, trigger, phrases, claimed
        )
    subject = _was_killed(sentence, trigger, field)
    # "Ruiz, a councillor, was killed along with his driver": the driver too
    return subject + _along_with(sentence, field, trigger, phrases, claimed) if subject else []


_COUNT_AFTER_RE = re.compile(
    r"\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|dozens)\b",
    re.IGNORECASE,
)


def _verb_before_count(text: str, trigger: re.Match) -> bool:
    """'Gunman wounds three outside bar': 'wounds' with a count after it is the headline's
    present-tense verb, whose victims follow; the noun takes its count before ('three
    wounds') or an article ('suffered wounds')."""
    return trigger.group(0).lower() == "wounds" and bool(_COUNT_AFTER_RE.match(text, trigger.end()))


_BE_BEFORE_RE = re.compile(
    r"\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+|also\s+|still\s+|all\s+|both\s+){0,2}$",
    re.IGNORECASE,
)
"""'were shooting', 'had been shooting': the progressive tells who fired."""
_AGENT_AFTER_RE = re.compile(r"\s+by\s+(?!(?:the\s+)?(?:time|end|way)\b)", re.IGNORECASE)
_ALONG_WITH_RE = re.compile(
    r"(?:\s+(?:in|at|on|during)\s+(?:the|a|an)\s+[\w-]+)?\s*,?\s+(?:along|together)\s+with\b",
    re.IGNORECASE,
)


def _along_with(
    sentence: Sentence,
    field: str,
    trigger: re.Match[str],
    phrases: list[VictimPhrase],
    claimed: set[int],
) -> list[Mention]:
    """'The mayor was killed in the blast along with his driver': the driver too."""
    match = _ALONG_WITH_RE.match(sentence.text, trigger.end())
    if match is None:
        return []
    group = object_victims(sentence.text, match.end(), phrases, field=field)
    if not group or group[0].singular and re.match(r"the\s", sentence.text[group[0].start :], re.I):
        return []  # nobody, or "along with the female student": someone told before
    return [replace(m, additive=True) for m in _mention(sentence, field, group, trigger, claimed)]


_UNHURT_RE = re.compile(
    r"\b(?:no|without)\s+(?:\w+\s+)?(?:wounds?|injur(?:y|ies))\b|\b(?:unhurt|unharmed|uninjured|"
    r"not\s+(?:hurt|injured|wounded)|for\s+(?:an?\s+)?(?:evaluation|observation|check))",
    re.IGNORECASE,
)
_PASSIVE_BEFORE_RE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|also\s+|all\s+|both\s+){0,2}$",
    re.IGNORECASE,
)
"""'were killed and a soldier ...': a passive verb has no object; what follows is the next
clause's subject."""


def _transitive_use(text: str, trigger: re.Match[str]) -> bool:
    """'killed a family', 'shot the driver': an active verb with an object, no auxiliary
    (passive 'was killed' is ruled out by the caller, `_PASSIVE_BEFORE_RE`)."""
    before = text[max(0, trigger.start() - 30) : trigger.start()]
    if re.search(r"\b(?:be|got|get|gets|left|leaving)\s+(?:\w+ly\s+)?$", before, re.IGNORECASE):
        return False
    return bool(
        re.match(
            r"\s+(?:a|an|the|his|her|their|its|this|that|several|many|some)\b",
            text[trigger.end() :],
            re.IGNORECASE,
        )
    )


def _bare_object(sentence: Sentence, trigger: re.Match[str], field: str) -> list[Mention]:
    """'gunmen kill NISS officer' (headline style): a singular noun without article."""
    match = _BARE_OBJECT_RE.match(sentence.text, trigger.end())
    if match is None:
        return []
    head = match.group("head").lower()
    if head.endswith("s") and head not in ("boss", "witness"):
        return []
    return [
        Mention.in_sentence(
            sentence,
            field if field != "shot" else "shot",
            1,
            "generic",
            trigger.start(),
            match.end(),
            singular=True,
            anaphoric=True,
        )
    ]


_CAPITALS_NAME_RE = re.compile(
    r"\s+(?P<name>(?:[A-Z][A-Z'-]+\s+){1,3}[A-Z][A-Z'-]*[A-RT-Z])"
    r"(?=\s*(?:[,.;]|$)|\s+(?:IN|ON|AT|NEAR|WHO|WHEN|AND|LAST|TODAY|YESTERDAY|THIS|BEFORE)\b)"
)
"""'OF MURDERING ANA ISABEL CASANOVA IN ...': two to four words, the last not a plural."""


def _named_object_in_capitals(
    sentence: Sentence, trigger: re.Match[str], field: str
) -> list[Mention]:
    """In all-capitals copy a person's name has no capitals to tell it by: two to four
    words, each rare in English (wordfreq, as for surnames), after a killing verb."""
    if field != "killed" or not sentence.text.isupper():
        return []
    match = _CAPITALS_NAME_RE.match(sentence.text, trigger.end())
    if match is None:
        return []
    if not all(may_be_a_name(word) for word in match.group("name").split()):
        return []
    return [
        Mention(
            "killed",
            1,
            "generic",
            sentence.start + trigger.start(),
            sentence.start + match.end(),
            match.group(0).strip(),
            sentence,
            singular=True,
            anaphoric=True,
        )
    ]


_NOT_A_NAME = [
    "THE",
    "A",
    "AN",
    "AND",
    "OR",
    "OF",
    "WHO",
    "WHICH",
    "THAT",
    "HE",
    "SHE",
    "IT",
    "THEY",
    "HIS",
    "HER",
    "THEIR",
    "ITS",
    "ALSO",
    "LATER",
    "TWO",
    "THREE",
    "FOUR",
    "FIVE",
    "SIX",
    "SEVEN",
    "EIGHT",
    "NINE",
    "TEN",
    "SEVERAL",
    "MANY",
    "SOME",
    "ALL",
    "BOTH",
    "NO",
    "NONE",
    "WAS",
    "WERE",
    "HAD",
    "HAS",
    "HAVE",
    "IS",
    "ARE",
    "BEEN",
    "TO",
    "IN",
    "ON",
    "AT",
    "BY",
    "FOR",
    "WITH",
    "FROM",
    "SAID",
    "SAYS",
    "REPORTED",
]
_NAME_WORD = rf"(?!(?:{'|'.join(_NOT_A_NAME)})\b)[A-Z][A-Z'’.-]*"
_UPPER_SUBJECT_RE = re.compile(
    rf"(?:^|[.;:\]]\s*|\bTHAT\s+|--\s*)(?P<subject>(?:{_NAME_WORD}\s+){{1,7}}{_NAME_WORD})"
    r"\s*(?:,[^,;]{1,60},)?\s*(?:HAS\s+|HAD\s+)?$"
)


def _upper_name_died(sentence: Sentence, trigger: re.Match[str]) -> list[Mention]:
    """'JUDGE CARLOS VALENCIA GARCIA DIED', 'MARIO LUNA, OF THE PARTY, HAS DIED': in upper-case
    wire copy a name cannot be told from other words, so a run of two to eight words that
    holds no article, pronoun, number or verb before 'died' is read as one named person."""
    text = sentence.text
    if trigger.group(0).lower() not in ("died", "dies") or text != text.upper():
        return []
    match = _UPPER_SUBJECT_RE.search(text, 0, trigger.start())
    if match is None:
        return []
    start = sentence.start + match.start("subject")
    return [
        Mention(
            "killed",
            1,
            "generic",
            start,
            sentence.start + trigger.end(),
            text[match.start("subject") : trigger.end()],
            sentence,
            singular=True,
            anaphoric=True,
        )
    ]


def _was_killed(sentence: Sentence, trigger: re.Match[str], field: str) -> list[Mention]:
    """'X was killed' with an unreadable subject (an upper-case name): one person."""
    if field == "shot":
        return []
    if field == "killed" and (named := _upper_name_died(sentence, trigger)):
        return named
    before = sentence.text[max(0, trigger.start() - 60) : trigger.start()]
    pair = _NAMED_PAIR_RE.search(before)
    if pair and not re.search(r"\b(?:The|A|An|This|That)\b", pair.group("names")):
        count = len(re.findall(r"[A-Z][\w'’-]+", pair.group("names")))
        start = sentence.start + trigger.start() - (len(before) - pair.start("names"))
        return [
            Mention(
                field,
                count,
                "generic",
                start,
                sentence.start + trigger.end(),
                sentence.text[start - sentence.start : trigger.end()],
                sentence,
            )
        ]
    aux = _SINGULAR_AUX_RE.search(before)
    if aux is None or re.search(r"\b(?:no\s+(?:one|1)|nobody|none|not|n't|never)\b", before, re.I):
        return []
    if _ANIMAL_RE.search(before, 0, aux.start()):
        return []  # "the dog was shot and killed by police"
    start = sentence.start + trigger.start() - (len(before) - aux.start())
    return [
        Mention(
            field,
            1,
            "generic",
            start,
            sentence.start + trigger.end(),
            sentence.text[start - sentence.start : trigger.end()],
            sentence,
            singular=True,
            anaphoric=not _NEW_PERSON_RE.match(sentence.text),
        )
    ]


_ANIMAL_RE = re.compile(
    r"\b(?:dog|cat|puppy|kitten|pit\s*bull|horse|cow|bull|deer|animal|pet|bear|coyote|bird|"
    r"chicken|goat|sheep|pig)\s+$",
    re.IGNORECASE,
)
_NEW_PERSON_RE = re.compile(
    r"\s*(?:\W*\[[^\]]*\]\s*)*(?:(?:a|an|one|another)\s|the\s+(?:\w+\s+){0,2}?(?:daughter|son|wife|"
    r"husband|brother|sister|father|mother|widow|nephew|niece)\s+of\b)",
    re.IGNORECASE,
)
"""'A 20-YEAR-OLD WOMAN ... WAS WOUNDED', 'THE DAUGHTER OF THE AMBASSADOR ... WAS WOUNDED':
a subject that brings in a new person, not one already told of."""


_SHOT_AT_WHERE_RE = re.compile(
    r"\s+at\s+(?:least|about|around|approximately|roughly|close|point[- ]blank|\d|"
    r"(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,2}(?:party|house|home|apartment|residence|bar|club|"
    r"nightclub|lounge|restaurant|store|shop|market|station|park|school|church|mosque|hotel|"
    r"motel|intersection|corner|block|gathering|vigil|funeral|concert|festival|mall|complex|"
    r"checkpoint|camp|rally|event|scene|location)s?\b)",
    re.IGNORECASE,
)
"""'were shot at a house party', 'shot at about 2 a.m.': hit, and where or when;
unlike 'shot at police', which says only that shots were fired at someone."""


def _is_modifier_use(text: str, trigger: re.Match[str]) -> bool:
    """'shooting suspect', 'the killing happened', 'shot at': the word reports no victim."""
    after = text[trigger.end() : trigger.end() + 24].lower()
    word = trigger.group(0).lower()
    if word in ("shooting", "killing", "shot") and _COMPOUND_NOUN_RE.match(after):
        return True
    if word in ("shooting", "killing") and _NOUN_USE_RE.match(after):
        return True
    if word not in ("shot", "shooting") or not re.match(r"\s+at\b", after):
        return False
    if word == "shot" and _PASSIVE_SHOT_AT_RE.search(text, 0, trigger.start()):
        return bool(_FIRED_AT_ONLY_RE.match(text, trigger.end()))
    return not _SHOT_AT_WHERE_RE.match(text, trigger.end())


_PASSIVE_SHOT_AT_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_FIRED_AT_ONLY_RE = re.compile(
    r"\s+at\s*(?:[,.;:)]|$|(?:by|but|and|from|while|when|as|repeatedly|several|multiple|twice)\b)",
    re.IGNORECASE,
)
"""'Four people were shot at the end of a vigil' were hit; 'officers were shot at by a man'
and 'the deputies were shot at, but ...' only had shots fired at them."""


def _mention(
    sentence: Sentence,
    field: str,
    group: list[VictimPhrase],
    trigger: re.Match[str],
    claimed: set[int],
) -> list[Mention]:
    """Mentions for one trigger: the victims, and apart from them any perpetrators."""
    group = [p for p in group if not (p.headless and p.singular)]
    if not group:
        return []
    key = (group[0].start << 2) | {"killed": 0, "wounded": 1, "shot": 2}[field]
    if key in claimed:
        return []
    claimed.add(key)
    perpetrators = [p for p in group if p.category == "perpetrator"]
    victims = [p for p in group if p.category != "perpetrator"]
    parts = [(victims, group[0]), (perpetrators, None)] if victims else [(perpetrators, group[0])]
    # The dead attackers of a group are counted apart (tally.py): no conjunct for them.
    counted_apart = field == "killed" and bool(perpetrators)
    return [
        _mention_of(
            sentence,
            field,
            phrases,
            trigger,
            first,
            0 if counted_apart else _unread_conjunct(sentence.text, phrases, trigger),
        )
        for phrases, first in parts
        if phrases
    ]


def _mention_of(
    sentence: Sentence,
    field: str,
    group: list[VictimPhrase],
    trigger: re.Match[str],
    first: VictimPhrase | None,
    extra: int = 0,
) -> Mention:
    lo = min(group[0].start, trigger.start())
    hi = max(group[-1].end, trigger.end())
    categories = {p.category for p in group}
    text = sentence.text
    return Mention(
        field=_FIELD_OF_NOUN[field],
        value=sum(p.value for p in group if not _unborn_beside_others(text, p, group)) + extra,
        category=categories.pop() if len(categories) == 1 else "generic",
        start=sentence.start + lo,
        end=sentence.start + hi,
        phrase=text[lo:hi],
        sentence=sentence,
        part=bool(first and first.part),
        additive=bool(first and first.additive)
        or bool(re.search(r"\balso\b", text[group[-1].end : trigger.start()], re.IGNORECASE)),
        relative=bool(first and first.relative),
        anaphoric=all(p.anaphoric for p in group),
        singular=len(group) == 1 and group[0].singular,
        vague=any(p.vague for p in group),
        approximate=any(p.approximate for p in group),
        includes_perpetrator=bool(_PERPETRATOR_INCLUDED_RE.search(text[lo : hi + 60]))
        or lists_the_attackers(text[lo : hi + 60])
        or bool(_THE_ATTACKER_RE.search(text, lo, hi))
        or bool(_LEADING_PERPETRATOR_INCLUDED_RE.match(text[:lo]))
        or _dead_of_a_murder_suicide(text, trigger, group),
    )


_UNBORN_RE = re.compile(r"\b(?:unborn|fetus|foetus)\b", re.IGNORECASE)


def _unborn_beside_others(text: str, phrase: VictimPhrase, group: list[VictimPhrase]) -> bool:
    """'Three people and an unborn baby were killed', 'killing her and her unborn child': the
    unborn child of a dead mother is told with her and not counted apart (GVA counts the
    people born); alone ('her unborn baby was killed') it is the one death told."""
    return len(group) > 1 and bool(_UNBORN_RE.search(text, phrase.start, phrase.end))


_AND_AFTER_SOMEONE_RE = re.compile(
    r"(?<!killed)(?<!dead)(?<!died)(?<!wounded)(?<!injured)(?<!hurt)(?<!shot)\b,?\s+and\s+$"
)
"""'Roshan and ': someone before 'and', not the end of a clause ('were killed and ')."""
_PLURAL_AUX_RE = re.compile(
    r"\s*(?:were|are|have\s+been)\s+(?:\w+ly\s+|also\s+|both\s+)?$", re.IGNORECASE
)


def _unread_conjunct(text: str, group: list[VictimPhrase], trigger: re.Match[str]) -> int:
    """'Roshan and his driver were killed': one person before 'and' whom no phrase read
    (a lone name), told by the plural verb."""
    if (
        len(group) != 1
        or group[0].value != 1
        or group[0].end > trigger.start()
        or group[0].additive
    ):
        return 0  # "killed six soldiers and another were injured": one of those told
    return int(
        bool(_AND_AFTER_SOMEONE_RE.search(text, 0, group[0].start))
        and bool(_PLURAL_AUX_RE.fullmatch(text, group[0].end, trigger.start()))
    )


def _dead_of_a_murder_suicide(text: str, trigger: re.Match[str], group: list[VictimPhrase]) -> bool:
    """'a couple and their two children were found dead in a murder-suicide': everyone
    found dead, the shooter among them."""
    return (
        trigger.group(0).lower() == "dead"
        and sum(p.value for p in group) >= 2
        and bool(MURDER_SUICIDE_RE.search(text))
    )
