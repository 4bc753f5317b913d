"""Word tables for reading casualties: who can be a victim, which words report harm.

These are data, not logic: the casualty reader (`casualties.py`) only walks the
sentence; everything it recognises is listed here so a reviewer can see and
extend the vocabulary without touching the reader. Categories follow the split
ACLED and GTD coders use when they add up tolls: security forces, civilians,
armed groups, and the perpetrators of the attack itself (GTD and GVA count
perpetrators killed in the incident's toll).
"""

from __future__ import annotations

import re

SECURITY = r"""(?:sub-?)?inspectors?|constables?|sailors?|seam[ae]n|airm[ae]n|pilots?|crewm[ae]n|
police(?:m[ae]n|wom[ae]n)?|(?:police\s+)?officers?|cops?|deput(?:y|ies)|troopers?|
soldiers?|troops|servicem[ae]n|servicemembers?|marines?|guards?|guardsm[ae]n|security\s+(?:forces?|personnel|
guards?|officers?|men|agents?)|personnel|gendarmes?|militiam[ae]n|commanders?|sergeants?|agents?|
paramilitar(?:y|ies)|carabineros?|peacekeepers?|constables?|rangers?|sheriffs?|captains?|lieutenants?|
colonels?|majors?|generals?|corporals?|privates?|recruits?|conscripts?|cadets?|patrolm[ae]n|firefighters?|
army\s+(?:m[ae]n|members?)|members\s+of\s+the\s+(?:security|armed)\s+forces"""

COMBATANT = r"""militants?|cadres?|rebels?|insurgents?|guerrillas?|fighters?|terrorists?|jihadists?|
extremists?|separatists?|raiders?|bandits?|kidnappers?|robbers?|combatants?|subversives?|
criminals?|gang\s*members?|narcoterrorists?|mercenaries|mercenary|paramilitaries"""

PERPETRATOR = r"""gunm[ae]n|shooters?|assailants?|attackers?|bombers?|suspects?|perpetrators?|
killers?|intruders?|hijackers?|murderers?|(?:him|her|them)sel(?:f|ves)"""

CIVILIAN = r"""(?:mother|father|brother|sister|son|daughter)s?-in-law|civilians?|
(?:civil\s+)?servants?|engineers?|contractors?|labou?rers?|
technicians?|shepherds?|vendors?|shopkeepers?|imams?|pastors?|bishops?|chairm[ae]n|councilm[ae]n|
villagers?|residents?|m[ae]n|wom[ae]n|children|child|kids?|boys?|girls?|
bab(?:y|ies)|infants?|toddlers?|teen(?:ager)?s?|youths?|students?|pupils?|worshipp?ers?|pilgrims?|
passengers?|shoppers?|bystanders?|adults?|juveniles?|minors?|males?|females?|farmers?|peasants?|
herders?|miners?|workers?|employees?|traders?|merchants?|businessm[ae]n|journalists?|reporters?|
officials?|leaders?|mayors?|judges?|priests?|monks?|nuns?|clerics?|doctors?|nurses?|teachers?|
jesuits?|missionar(?:y|ies)|seminarians?|friars?|rabbis?|deacons?|catechists?|
tourists?|foreigners?|nationals?|refugees?|migrants?|prisoners?|inmates?|detainees?|hostages?|
protesters?|demonstrators?|fans?|guests?|customers?|patrons?|clerks?|neighbou?rs?|friends?|
brothers?|sisters?|sons?|daughters?|wi(?:fe|ves)|husbands?|spouses?|mothers?|fathers?|parents?|
grand(?:mother|father|son|daughter|child|children|parent)s?|cousins?|nephews?|nieces?|uncles?|
aunts?|girlfriends?|bodyguards?|escorts?|companions?|boyfriends?|couples?|siblings?|drivers?|occupants?|pedestrians?|
relatives?|family\s+members?|members?|infants?|voters?|candidates?|politicians?|activists?|
councill?ors?|legislators?|deputies|diplomats?|aid\s+workers?|volunteers?|spectators?|
christians?|muslims?|shiites?|sunnis?|hindus?|jews?|yazidis?|kurds?|roommates?|coworkers?|
co-workers?|owners?|homeowners?|tenants?|partners?|fianc[eé]e?s?|babysitters?|siblings?|
twins?|maids?|housekeepers?|cooks?|gardeners?|nann(?:y|ies)|caretakers?|janitors?|gunshot\s+victims?|pensioners?|elders?|chiefs?|landowners?|ranchers?|fisherm[ae]n|hunters?|
(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[-–\s]+(?:years?|months?)[-–\s]+olds?|classmates?|settlers?|shepherds?|
americans|israelis|iraqis|afghans|palestinians|pakistanis|indians|syrians|turks|russians|ukrainians|
nigerians|somalis|kenyans|egyptians|libyans|yemenis|saudis|iranians|lebanese|chinese|japanese|
filipinos|colombians|peruvians|salvadorans|mexicans|britons|germans|french(?:m[ae]n)?|europeans|
westerners|copts|hazaras|shias|pashtuns|uyghurs|rohingya|tamils|sikhs|alawites|druze|bedouins?|
israeli\s+arabs|arabs|africans|asians|nepalese|bangladeshis|sri\s+lankans|thais|malians|
cameroonians|chadians|sudanese|congolese|ethiopians|tourists?|nationals?|expatriates?|
serbs|croats|bosniaks|brahmins|dalits|tutsis|hutus|uzbeks|tajiks|kazakhs|chechens|baloch|tuaregs|
governors?|lawmakers?|ministers?|senators?|congress(?:m[ae]n|wom[ae]n)|parliamentarians?|
ambassadors?|consuls?|envoys?|administrators?|directors?|managers?|chieftains?|sheikhs?|
tribesm[ae]n|herdsm[ae]n|scholars?|principals?|professors?|lawyers?|attorneys?|prosecutors?|
businesswom[ae]n|bankers?|secretar(?:y|ies)|aides?|staffers?|wardens?|watchm[ae]n|waiters?|
waitress(?:es)?|cashiers?|bartenders?|mechanics?|electricians?|carpenters?|truckers?|
commuters?|travell?ers?|motorists?|hikers?|campers?|swimmers?|athletes?|players?|referees?|
singers?|writers?|poets?|photographers?|camera(?:m[ae]n|wom[ae]n)|editors?|broadcasters?|
bloggers?|surgeons?|paramedics?|medics?|midwi(?:fe|ves)|missionar(?:y|ies)|rabbis?|deacons?|
parishioners?|congregants?|mourners?|revell?ers?|diners?|beggars?|orphans?|widows?|widowers?|
newborns?|schoolchildren|school(?:girl|boy)s?|youngsters?|adolescents?|seniors?|veterans?|
informants?|informers?|smugglers?|traffickers?|poachers?|nomads?|locals|inhabitants?|
citizens?|townspeople|barbers?|tailors?|butchers?|bakers?|cobblers?|porters?|cleaners?|
passers?-?by|passersby|step(?:father|mother|son|daughter|child|children)s?"""

GENERIC = r"""people|persons?|individuals?|victims?|others?|more|casualties|lives"""

PERSON_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("security", SECURITY),
    ("perpetrator", PERPETRATOR),
    ("combatant", COMBATANT),
    ("civilian", CIVILIAN),
    ("generic", GENERIC),
)


def _compile_alternatives(pattern: str) -> str:
    return "(?:" + re.sub(r"\s*\n\s*", "", pattern) + ")"


PERSON_HEAD_RE = re.compile(
    "|".join(
        f"(?P<{name}>\\b{_compile_alternatives(pattern)}\\b)" for name, pattern in PERSON_CATEGORIES
    ),
    re.IGNORECASE,
)

ATTACKER_WORD_RE = re.compile(
    rf"\b(?:{_compile_alternatives(COMBATANT)}|{_compile_alternatives(PERPETRATOR)})\b",
    re.IGNORECASE,
)
"""Any word for armed men or attackers ('gunmen', 'cadres', 'assailant')."""

# Nouns whose counts are never casualties (vehicles, time, money, distance...).
NON_PERSON_RE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?|vehicles?|cars?|trucks?|"
    r"buses|houses?|homes?|buildings?|rounds?|shots?|bullets?|shells?|rockets?|mortars?|bombs?|"
    r"grenades?|mines?|dollars?|pesos?|percent|per\s+cent|km|kms|kilomet(?:er|re)s?|miles?|feet|"
    r"meters?|metres?|yards?|blocks?|pounds?|kg|tons?|rifles?|guns?|weapons?|acres?|villages?|"
    r"towns?|districts?|provinces?|states?|countries|cases?|incidents?|attacks?|shootings?|"
    r"p\.m\.|a\.m\.|o'clock|percent|degrees?)\b",
    re.IGNORECASE,
)

# Verbs that tell a killing when "to death" follows ("stabbed the prefect to death").
TO_DEATH_VERBS = frozenset(
    ["stabbed", "stabbing", "hacked", "hacking", "beaten", "beat", "beating", "burned", "burnt",
     "burning", "shot", "shooting", "strangled", "bludgeoned", "clubbed", "stoned", "crushed",
     "trampled", "slashed", "slashing", "knifed", "chopped", "kicked", "tortured"]
)
_TO_DEATH = "|".join(sorted(TO_DEATH_VERBS, key=len, reverse=True))

# Report verbs and participles by the field they report. Multi-word fatal forms come
# first so "shot and killed" is read as a death, not as a shooting.
KILL_WORDS = rf"""(?:{_TO_DEATH})\s+to\s+death|
(?:{_TO_DEATH})(?=\s+(?:[\w'’-]+\s+){{0,7}}?to\s+death)|
shot\s+and\s+killed|shooting\s+and\s+killing|shot\s+dead|
(?:fatal|deadly)\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){{0,3}}(?:(?:apartment|home|house|bar|club|party|
school|street|drive-by|road-rage|double|triple|weekend|overnight)\s+)?(?:shootings?|stabbings?)|(?:shooting|stabbing)\s+deaths?|
gunned\s+down|fatally\s+(?:shoots|shot|shooting|wounded|wounding|injured|injuring|stabbed|stabbing|struck|hit)|
killed|killing|kills|kill|slain|slew|murdered|murdering|assassinated|assassinating|executed|executing|
massacred|massacring|beheaded|decapitated|lynched|slaughtered|dead|deceased|died|dies|die|dying|perished|lost\s+(?:their|his|her)\s+lives?|
succumbed|passed\s+away|(?:claimed|claiming|took|taking)\s+the\s+li(?:fe|ves)\s+of|
(?:claimed|claiming|claims|cost|costing|costs)(?=\s+(?:[\w,'’-]+\s+){{1,4}}?lives\b)|
(?:slit|slitting|slashed|slashing|cut|cutting)\s+the\s+throats?\s+of|
death\s+investigation|deaths?|fatalit(?:y|ies)|bodies|body(?=\s+of\s)|corpses|toll|assassinations?|murders?|slayings?|
massacres?|executions?"""

# "She is hurting", "the families hurting right now": 'hurting' after a form of 'be' (and no
# object) or before 'right now' tells grief, not a wound ("the blast went off, hurting two").
_FEELING_HURTING = (
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bwas\s)(?<!\bwere\s)(?<!'s\s)(?<!'re\s)"
    r"(?<!’s\s)(?<!’re\s)(?<!\bis\salso\s)(?<!\bis\sstill\s)(?<!\bare\salso\s)"
    r"(?<!\bare\sstill\s)(?<!\bwas\salso\s)(?<!\bwere\salso\s)"
    r"hurting(?!\s+right\s+now\b)"
)

# "kill one person and wound five others": the bare verb after "and", with its object.
_BARE_WOUND_VERB = (
    r"(?<=\band\s)(?:wound|injure)(?=\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|several|many|dozens|scores|an?|another)\b)"
)

WOUND_WORDS = rf"""wounded|wounding|wounds|injured|injuring|injures|injuries|hurt|
{_BARE_WOUND_VERB}|
{_FEELING_HURTING}|grazed|grazing|
hospitali[sz]ed|maimed|critically\s+(?:shot|injured)|seriously\s+(?:shot|injured)"""

# "fired a shot", "a single shot rifle", "one shot hit him": 'shot' as the round fired, not
# someone hit ("one shot in the hip and the other in the hand" still tells people).
_SHOT_AS_A_ROUND = (
    r"(?<!\ba\s)(?<!\bsingle\s)(?<!\bfired\sone\s)(?<!\bfiring\sone\s)(?<!\bfire\sone\s)"
    r"shot(?!\s+(?:was\s+fired|rang\s+out|hit|struck|went\s+through|came\s+through)\b)"
)

# "Man accidentally shoots himself in leg": a headline's present tense, one hurt, not killed.
_SHOOTS_ONESELF_IN_A_LIMB = (
    r"shoots(?=\s+(?:him|her)sel(?:f|ves)\s+in\s+(?:the\s+|his\s+|her\s+)?(?:legs?|arms?|foot|feet|"
    r"hands?|ankles?|thighs?|knees?|groin|buttocks|hips?|wrists?|fingers?|calf|elbows?)\b)"
)

SHOT_WORDS = _SHOT_AS_A_ROUND + "|" + _SHOOTS_ONESELF_IN_A_LIMB + r"""|shooting|stabbed|stabbing|
(?:struck|hit)\s+by\s+(?:a\s+|an\s+|several\s+|multiple\s+)?(?:stray\s+|errant\s+)?
(?:gunfire|gunshots?|shots|bullets?|rounds?|pellets?)|
hit(?=\s+(?:during|in)\s+the\s+(?:shooting|gunfire|crossfire|exchange\s+of\s+fire))|
(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s)|(?<=\bwere\salso\s)|(?<=\bwas\salso\s))hit(?=\s*[,;]|\.(?:\s|$)|\s+(?:including|and\s+(?:wounded|injured|hurt)|but)\b)|
(?:hit|struck)(?=\s+(?:once\s+|twice\s+)?(?:in|on)\s+(?:one\s+of\s+)?(?:the|his|her|their)\s+(?:(?:left|right|upper|lower)\s+)?
(?:legs?|arms?|ankles?|foot|feet|hands?|hips?|back|chest|head|neck|shoulders?|stomach|abdomen|buttocks|
thighs?|knees?|face|side|torso|wrists?|elbows?|calf|jaw|groin|heels?|toes?|fingers?|eyes?|cheek)\b)|
(?:taken|transported|rushed|airlifted|flown)\s+(?:by\s+(?:ambulance|helicopter|medics|paramedics)\s+)?to\s+
(?:(?:a\s+|the\s+|an\s+)?(?:local\s+|nearby\s+|area\s+)?(?:hospital|medical\s+center|trauma\s+center)s?|
(?-i:(?:[A-Z][\w.'’-]*\s+){1,4}(?:Hospital|Medical\s+Center|Trauma\s+Center)))|
treated\s+at\s+(?:a\s+|the\s+)?(?:local|nearby|area)\s+hospitals?|
(?:showed\s+up|arrived|turned\s+up|walked\s+in)\s+(?:at|to|into)\s+(?:a\s+|the\s+|an\s+)?(?:local\s+|nearby\s+|area\s+)?hospitals?
(?=[^.;]{0,40}\b(?:gunshot|bullet|stab)\s+wounds?)|
(?:receiving|received|given)\s+medical\s+(?:attention|treatment|care)"""

TRIGGER_RE = re.compile(
    rf"\b(?:(?P<killed>{_compile_alternatives(KILL_WORDS)})|(?P<wounded>{_compile_alternatives(WOUND_WORDS)})"
    rf"|(?P<shot>{_compile_alternatives(SHOT_WORDS)}))\b",
    re.IGNORECASE,
)

# Triggers that take their victims after them ("killing three soldiers").
ACTIVE_TRIGGERS = frozenset(
    [
        "beheaded", "decapitated", "lynched", "slaughtered", "slew", "gunned",
        "claimed", "claiming", "claims", "cost", "costing", "costs",  # "claimed 30 lives"
        "stabbed", "stabbing", "hacked", "hacking", "beaten", "beat", "beating", "burned",
        "slashed", "slashing", "knifed",
        "burnt", "burning", "strangled", "bludgeoned", "clubbed", "stoned", "crushed", "trampled",
        "killed",
        "killing",
        "kills",
        "kill",
        "slew",
        "murdered",
        "murdering",
        "assassinated",
        "assassinating",
        "executed",
        "executing",
        "massacred",
        "massacring",
        "slaughtered",
        "wounded",
        "wounding",
        "wounds",
        "wound",
        "injure",
        "grazed",
        "grazing",
        "injured",
        "injuring",
        "injures",
        "hurt",
        "hurting",
        "shot",
        "shoots",
        "shooting",
        "maimed",
    ]
)
# Triggers whose victims are the object even though they read like nouns.
OBJECT_PHRASES_RE = re.compile(
    r"(?:claimed|claiming|took|taking)\s+the\s+li(?:fe|ves)\s+of|shot\s+and\s+killed|shooting\s+and\s+killing|"
    r"(?:slit|slitting|slashed|slashing|cut|cutting)\s+the\s+throats?\s+of|"
    r"fatally\s+\w+|gunned\s+down|shot\s+dead",
    re.IGNORECASE,
)
# Noun triggers that follow their number ("12 deaths", "three fatalities").
NOUN_TRIGGERS = frozenset(
    ["death", "deaths", "fatality", "fatalities", "bodies", "body", "corpses", "injuries", "wounds"]
)
# Nouns naming a killing, whose victims follow "of" ("the assassination of the minister").
EVENT_NOUNS = frozenset(
    ["assassination", "assassinations", "murder", "murders", "slaying", "slayings", "massacre",
     "massacres", "killing", "killings", "execution", "executions", "death", "deaths"]
)

# Words that may stand between a victim phrase and a passive trigger
# ("three soldiers were reportedly killed").
GAP_WORDS = frozenset(
    [
        "pronounced", "declared", "discovered", "lying",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "being",
        "be",
        "will",
        "would",
        "also",
        "all",
        "both",
        "later",
        "reportedly",
        "allegedly",
        "then",
        "subsequently",
        "eventually",
        "apparently",
        "believed",
        "reported",
        "said",
        "confirmed",
        "found",
        "feared",
        "to",
        "got",
        "get",
        "each",
        "immediately",
        "instantly",
        "critically",
        "seriously",
        "fatally",
        "badly",
        "slightly",
        "mortally",
        "severely",
        "gravely",
        "left",
        "remain",
        "remained",
        "became",
        "become",
        "remains",
        "initially",
        "now",
        "already",
        "reportedly",
        "themselves",
        "himself",
        "herself",
        "shot",
    ]
)
NEGATIONS = frozenset(["not", "n't", "never", "no"])

# A clause ends at these words: victims of a verb are never looked for across them.
CLAUSE_BREAK_RE = re.compile(
    r"[;:\"“”]|\s[-–—]+\s|\b(?:when|while|after|as(?!\s+(?:many|much|few)\b)(?<!many\sas)"
    r"(?<!much\sas)(?<!few\sas)|before|because|but|although|though|"
    r"said|says|say|told|(?<!were\s)(?<!was\s)(?<!been\s)(?<!are\s)(?<!is\s)reported|according|where|whereas|if|since|until|during|following)\b",
    re.IGNORECASE,
)

# Words before a victim phrase that mean "part of a group counted elsewhere".
PART_RE = re.compile(
    r"\b(?:of\s+(?:them|whom|those|the|these|which)|including|among|among\s+them|mostly|"
    r"most\s+of|some\s+of|many\s+of|all\s+of)\b",
    re.IGNORECASE,
)
# Words that make a victim phrase add to earlier ones ("another", "two more", "three others").
ADDITIVE_RE = re.compile(
    r"\b(?:another|a\s+(?:second|third|fourth|fifth)|an?\s+additional|a\s+further|others?|more)\b",
    re.IGNORECASE,
)
# Determiners and pronouns that stand for one person.
SINGULAR_RE = re.compile(
    r"\b(?:a|an|one|another|his|her|their|its|the|a\s+second|a\s+third|this|that)\b",
    re.IGNORECASE,
)
PRONOUN_RE = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)
HE_OR_SHE_RE = re.compile(r"(?:he|she)\b", re.IGNORECASE)
"""A subject pronoun at a match's start (use with .match or .fullmatch)."""

# Words that tell a person's sex, one table for every reader that sets people apart by it
# ("a man was killed ... a woman was shot" are two people). Pronouns are a separate choice:
# "she" tells the sex of the one hit in "she was shot", but in a phrase bringing in someone
# new it often points back at someone else.
_FEMALE_NOUNS = (
    r"girl|woman|female|lady|mother|wife|sister|daughter|grandmother|aunt|niece|girlfriend"
)
_MALE_NOUNS = r"boy|man|male|father|husband|brother|son|grandfather|uncle|nephew|boyfriend"
_FEMALE_RE = re.compile(rf"\b(?:{_FEMALE_NOUNS})\b", re.IGNORECASE)
_MALE_RE = re.compile(rf"\b(?:{_MALE_NOUNS})\b", re.IGNORECASE)
_FEMALE_OR_PRONOUN_RE = re.compile(rf"\b(?:{_FEMALE_NOUNS}|she|her|herself)\b", re.IGNORECASE)
_MALE_OR_PRONOUN_RE = re.compile(rf"\b(?:{_MALE_NOUNS}|he|him|himself)\b", re.IGNORECASE)


def sex_words(text: str, pronouns: bool = True) -> str:
    """The sexes a text's words name: 'f', 'm', '' (none) or 'fm' (both)."""
    female, male = (_FEMALE_OR_PRONOUN_RE, _MALE_OR_PRONOUN_RE) if pronouns else (
        _FEMALE_RE, _MALE_RE)
    return ("f" if female.search(text) else "") + ("m" if male.search(text) else "")
# A word that says someone was hurt (not only taken to hospital, which may tell some of them).
HURT_WORD_RE = re.compile(r"\b(?:injur|wound|hurt)\w*", re.IGNORECASE)

# "No one was hurt", "no injuries were reported", "there were no casualties"; "no 1 was hurt"
# in copy that writes every "one" as a digit.
ZERO_RE = re.compile(
    r"\b(?:no\s+(?:one|1)(?:\s+else)?|nobody(?:\s+else)?|none\s+of\s+(?:the\s+)?\w+|none)\s+"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|got)\s+)?"
    r"(?:(?:reported|believed|seriously|badly|else)\s+)?"
    r"(?P<verb>killed|hurt|injured|wounded|harmed|hit|died|shot)\b"
    r"|\bno\s+(?:(?:other|immediate|reported|serious|known)\s+)*"
    r"(?P<noun>injuries|casualties|deaths|fatalities|one\s+(?:was\s+)?(?:injured|hurt|killed))\b"
    r"|\bwithout\s+(?:any\s+)?(?P<noun2>injuries|casualties)\b"
    r"|\bno\s+(?:\w+\s+)?reports?\s+(?:of|on|about)\s+(?P<noun3>injuries|casualties|fatalities|deaths)\b",
    re.IGNORECASE,
)
