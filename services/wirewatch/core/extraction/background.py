"""Is a sentence about the news event, or recalling an earlier one?

Wire stories end with context: "In July, the group killed 30 people in ...",
"last year's attack", running totals "more than 300 killed this year". Those
figures belong to other (background) events or to no event at all and must not
be read as the new incident's toll. A sentence is background when it names a
time clearly before the article's publication (a month, a dated day more than a
week earlier, an earlier year) or uses recall cues ("last year", "ago").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_RE = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
# A day named by month and day ("on Aug. 26", "26 August"), optionally with a year.
DATED_DAY_RE = re.compile(
    rf"\b(?:{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE.replace('month', 'month2')}"
    rf"(?:,?\s+(?P<year2>\d{{4}}|\d\d\b))?)",
    re.IGNORECASE,
)
# A bare month ("In July, ..."), read as background when before the publication month.
BARE_MONTH_RE = re.compile(
    rf"\b(?:in|during|since|last|early|late|mid-?)\s+{_MONTH_RE}(?!\s*\d)", re.IGNORECASE
)
YEAR_RE = re.compile(
    r"\b(?:in|during|of|from)\s+(?:early\s+|late\s+|mid-?)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
"""A weekday: a count of people shot 'since Friday', 'from Friday night to early Sunday',
'Saturday and Sunday' or 'in six hours' spans several shootings, a round-up."""
# Cue phrases that recall earlier events or give running totals (after ACLED's rule
# that an event is coded from reports of that event, not from cumulative figures).
RECALL_RE = re.compile(
    r"\b(?:last\s+(?:year|month|summer|winter|spring|fall|autumn|decade)|"
    r"(?:a|one|two|three|four|five|six|several|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier|before)|"
    r"(?:came|comes|happened|occurred|took\s+place)\s+(?:[\w-]+\s+){0,3}?(?:years?|months?|weeks?)\s+"
    r"after\s+(?:a|an)\s+|"
    r"earlier\s+this\s+(?:year|month)|previous(?:ly)?|in\s+recent\s+(?:years|months|weeks)|"
    r"so\s+far\s+this\s+(?:year|month)|thus\s+far|to\s+date|so\s+far|this\s+year\s+alone|since\s+the\s+(?:start|beginning)|"
    r"in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?|weeks)|"
    r"(?:during|over|in)\s+(?:the\s+)?(?:\d+|\w+)\s+years\s+of|anniversary|"
    r"have\s+(?:been\s+)?(?:killed|died)\s+(?:[\w,]+\s+){0,5}?(?:since|this\s+year)|"
    r"have\s+(?:been\s+)?(?:killed|died)\s+(?:[\w,]+\s+){0,3}?(?:in|during)\s+(?:the\s+|this\s+)?"
    r"(?:\w+\s+)?(?:war|conflict|struggle|insurgency|unrest)\b|"
    r"a\s+total\s+of\s+[\w,]+\s+people\s+have|"
    r"(?:in|during|from)\s+(?:[\w'’-]+\s+){0,4}?shootings|separate\s+(?:shootings|incidents|attacks)|"
    r"shootings\s+(?:across|around|throughout)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+"
    r"(?:separate\s+|such\s+|other\s+)?shootings|"
    r"(?:over|in|within)\s+(?:a|the)\s+span\s+of|incidents\s+(?:spanning|across)|"
    r"violent\s+(?:weekend|week|night|stretch|holiday)|"
    r"across\s+the\s+city|citywide|(?:a|the)\s+series\s+of\s+(?:[\w-]+\s+)?shootings|"
    r"over\s+an?\s+[\w-]+-hour\s+(?:stretch|span|period)|shooting\s+death\s+toll|"
    rf"since\s+(?:early\s+|late\s+)?{_DAY}|(?:from|between)\s+(?:early\s+|late\s+)?{_DAY}\s+"
    rf"(?:\w+\s+){{0,2}}?(?:to|and|until|through)\s+(?:early\s+|late\s+)?{_DAY}|{_DAY}\s+and\s+{_DAY}|"
    r"in\s+(?:about\s+|less\s+than\s+|just\s+|roughly\s+)?(?:\d+|\w+)\s+hours|"
    r"(?:each|every|per)\s+year|annually|"
    r"recalled|remember(?:ed)?|(?:civil\s+)?war\s+that\s+has\s+(?:left|killed|claimed|cost)|"
    r"decade-long|years-long|the\s+(?:previous|preceding)\s+(?:day|night|week)|"
    r"the\s+day\s+before|earlier\s+(?:that|the\s+same)\s+day|in\s+(?:a|an)\s+(?:earlier|previous|similar)\s+(?:attack|incident))\b",
    re.IGNORECASE,
)
RECENT_DAYS = 8
# A running total: deaths told in the present perfect over a span ("in the past few days
# more than 1,000 people have died", "three judges have been murdered so far this year",
# "a civil war in which 70,000 people have died", "there have been 13 toddler shooting
# deaths this year", "19 officers had been slain nationwide"). Either part alone is news,
# and so is one person who "has died since" the shooting.
PERFECT_DEATH_RE = re.compile(
    r"\b(?:ha(?:ve|d)\s+(?:\w+\s+)?(?:been\s+)?(?:killed|murdered|assassinated|slain|died)|"
    r"has\s+(?:\w+\s+)?(?:killed|murdered)|there\s+ha(?:ve|s)\s+been\s+[\w,]+\s+"
    r"(?:[\w,-]+\s+){0,3}(?:deaths|killings|homicides|murders|executions)|"
    r"ha(?:s|ve|d)\s+seen\s+(?:[\w,-]+\s+){0,4}?(?:deaths|killings|homicides|murders))\b",
    re.IGNORECASE,
)
SPAN_RE = re.compile(
    r"\b(?:since|so\s+far|this\s+(?:year|month|decade|century)|nationwide|statewide|"
    r"across\s+the\s+(?:country|nation|state)|"
    r"(?:in|over|during|for)\s+(?:the\s+|a\s+)?(?:past\s+|last\s+)?(?:few\s+|\w+\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?)|"
    r"(?:war|conflict|struggle|insurgency)\s+(?:in\s+which|that|which)|"
    r"(?:this|last)\s+(?:week|weekend)|(?:per|a|each|every)\s+(?:year|month|week)|"
    r"(?:in|during)\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

SPAN_AFTER_RE = re.compile(rf"^[^.;]{{0,40}}?{SPAN_RE.pattern}", re.IGNORECASE)
"""A span of time closing a figure ('ninety gunshot victims so far this year', '60 victims
during 2011', '57 victims since the spring', 'four victims each week'): the figure is a
running total, not one event's. Matched against the text after the figure; shared with the
reader of counted shooting victims (`shooting_victims.py`)."""


STATISTICS_RE = re.compile(
    r"\b(?:stats|statistics|crime\s+data|figures)\b(?:[\s,]+[\w'’-]+){0,8}?[\s,]+"
    r"(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates)\b"
    r"|\b(?:stats|statistics)\s+(?:for|from|in)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""'Crime stats for 2019 show 72 people were murdered': a statistic, no incident's toll."""


_COUNT_OF_TIME = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"
)
_NEARLY = r"(?:just|only|barely|merely|less\s+than|a\s+little\s+over|just\s+over)"
_SPAN_APART = r"(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s"
ANOTHER_EVENT_CUE_RE = re.compile(
    r"\b(?:shooting|attack|incident|killing|ambush|slaying|homicide|violence|rampage|massacre|"
    r"death|murder)s?,?\s+(?:(?:which|that)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:came|comes)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:after|before|on\s+the\s+heels\s+of)\s|follows\s+"
    r"(?=(?:a|an|the|recent|last|similar|other|two|three|several)\b))"
    rf"|\b{_NEARLY}\s+(?:{_COUNT_OF_TIME}\s+)?{_SPAN_APART}"
    r"|\brecent\s+(?:[\w-]+\s+){0,2}?(?:incidents|attacks|shootings|ambushes|killings|massacres)\b",
    re.IGNORECASE,
)
"""'The shooting came two days after a gunman killed five officers in Dallas', 'just days
after three people were shot dead', 'as in recent attacks that claimed eight lives': the
deaths told after such a cue are of another event the story compares its own to."""
_OPENING_WORDS_RE = re.compile(r"\W*(?:\w+\W+){0,2}$")


def another_events_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence that tell another (earlier or later) event: from each cue
    to the end of the sentence or a semicolon ('days after five officers were killed',
    'attacks in Dallas, where five died, and Baton Rouge, where three died'); a cue that
    opens the sentence to its first comma ('Just days after the shooting, he died')."""
    clauses = []
    for match in ANOTHER_EVENT_CUE_RE.finditer(text):
        opening = re.match(_NEARLY, match.group(0), re.IGNORECASE) and _OPENING_WORDS_RE.match(
            text, 0, match.start()
        )
        end = re.compile(r",\s|;\s" if opening else r";\s").search(text, match.end())
        clauses.append((match.end(), end.start() if end else len(text)))
    return clauses


def is_background(text: str, published: date | datetime | None) -> bool:
    """True when the sentence `text` reports an earlier event or a running total."""
    if (RECALL_RE.search(text) or STATISTICS_RE.search(text)
            or (PERFECT_DEATH_RE.search(text) and SPAN_RE.search(text))):
        return True
    if published is None:
        return False
    published_day = published.date() if isinstance(published, datetime) else published
    return _dated_before(text, published_day) or _year_before(text, published_day)


def _dated_before(text: str, published: date) -> bool:
    for match in DATED_DAY_RE.finditer(text):
        day = _day_of(match, published)
        if day is not None and day < published - timedelta(days=RECENT_DAYS):
            return True
    for match in BARE_MONTH_RE.finditer(text):
        month = MONTHS[match.group("month")[:3].lower()]
        if _months_before(month, published) >= 1:
            return True
    return False


def _day_of(match: re.Match[str], published: date) -> date | None:
    """The date a DATED_DAY_RE match names, placed in the year before publication."""
    month_word = match.group("month") or match.group("month2")
    day = int(match.group("day") or match.group("day2"))
    year_text = match.group("year") or match.group("year2")
    month = MONTHS[month_word[:3].lower()]
    if year_text:
        year = int(year_text)
        year = year + 1900 if year < 100 and year > 30 else (year + 2000 if year < 100 else year)
    else:
        year = (
            published.year
            if (month, day) <= (published.month, published.day)
            else published.year - 1
        )
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _months_before(month: int, published: date) -> int:
    """How many months `month` (of the publication year, or the one before) lies back."""
    return (published.month - month) % 12


def _year_before(text: str, published: date) -> bool:
    return any(int(m.group("year")) < published.year for m in YEAR_RE.finditer(text))


_MUC_DATELINE_RE = re.compile(
    r"^[^\n,]{2,60},\s+(?P<day>\d{1,2})\s+(?P<month>[A-Z]{3})\s+(?P<year>\d\d)\b"
)


def dateline_date(text: str) -> date | None:
    """The date of a wire dateline such as 'LIMA, 11 JAN 90 --' (publication date)."""
    match = _MUC_DATELINE_RE.match(text)
    if match is None or match.group("month")[:3].lower() not in MONTHS:
        return None
    year = int(match.group("year"))
    year += 1900 if year > 30 else 2000
    try:
        return date(year, MONTHS[match.group("month")[:3].lower()], int(match.group("day")))
    except ValueError:
        return None
