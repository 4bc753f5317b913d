"""Which lines of a scraped page are site furniture rather than news.

A line classifier, not a paragraph scorer: scraped text arrives one block per
line, and the furniture (menus, newsletter boxes, account links, footers) comes
as whole lines. Two kinds of evidence decide:

* cues: a table of phrases that page templates use (``BOILERPLATE_CUES``). A
  cue only removes a line no longer than its word limit, so a news sentence
  that mentions, say, a copyright dispute or a newsletter survives;
* structure: breadcrumbs and pipe menus, link labels glued together by a
  scraper ("My ReadsRedeem a Gift CardLogout"), bare social-network names, and
  short unpunctuated lines in the page's lead-in or tail (before the first or
  after the last sentence), where navigation lives.

Pure and linear in the number of lines; no regex here backtracks badly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """A template phrase: a line matching `pattern` with at most `max_words` words is furniture.

    `sentences` False: the cue is a word reporters also use, so it only marks lines
    that do not end like a sentence (a menu label, not "The paper's newsletter said so.").
    """

    name: str
    pattern: re.Pattern[str]
    max_words: int
    sentences: bool = True


def _cue(name: str, pattern: str, max_words: int, sentences: bool = True) -> Cue:
    return Cue(name, re.compile(pattern, re.IGNORECASE), max_words, sentences)


# Phrases of news-site templates (CMS furniture seen across outlets: account
# menus, newsletter boxes, share bars, cookie banners, syndication notes,
# timestamps). Word limits are generous for unmistakable phrases and tight for
# words a reporter might also write ("copyright", "newsletter"), which also
# spare lines that end like a sentence.
BOILERPLATE_CUES: tuple[Cue, ...] = (
    _cue("subscribe", r"^subscribe\b|\bsubscribe (now|today|to (our|the))\b", 14),
    _cue("newsletter", r"\bnewsletters?\b", 10, sentences=False),
    _cue("email_box", r"^(enter|type|your) (a |your )?(valid )?e-?mail( address)?\b", 12),
    _cue("thanks", r"^thank(s| you) for (subscribing|signing up|registering|reading)\b", 16),
    _cue("app_promo", r"\bnever miss a (story|thing|update)\b|\bdownload (our|the) app\b", 30),
    _cue("app_stores", r"\b(app store|google play)\b", 10, sentences=False),
    _cue("account", r"^(edit profile|my (account|profile|reads)|log ?(in|out)|sign (in|out|up))\b",
         8),
    _cue("account_any", r"(redeem a gift card|log ?out\b|sign ?out\b|\bmy reads)", 10,
         sentences=False),
    _cue("timestamp", r"^(posted|updated|published|first published|last (updated|modified))"
                      r"( on| at)?\s*:\s*($|\d|(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may"
                      r"|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", 25),
    # A title line the scraper ran into "Posted: <date> Updated: <date>".
    _cue("timestamp_pair", r"\bposted:.{0,80}\bupdated:", 40),
    _cue("timestamp_bare", r"^(posted|updated|published)( on| at)? \w+ \d", 12),
    _cue("copyright_lead", r"^(copyright|©|\(c\))(\s|\d|$)|© ?\d{4}", 20),
    _cue("copyright", r"\bcopyright\b", 10, sentences=False),
    _cue("rights", r"\ball rights reserved\b", 25),
    _cue("share", r"^(share|follow|tweet|email|print) (this|us|on)\b", 14),
    _cue("share_any", r"\b(share|follow us) on (facebook|twitter|x|whatsapp|linkedin|instagram)\b",
         14),
    _cue("cookies", r"\b((we|this (site|website)) uses?|accept( all)?|manage|reject( all)?) "
                    r"cookies\b|\bcookies? (policy|settings|preferences|consent)\b", 45),
    # A prompt starts with (or soon reaches) "click here"; a news sentence before it stays.
    _cue("click_here", r"^\W*(\w+\W+){0,6}click here\b", 20),
    _cue("advert", r"^(advertisement|advertising|sponsored( content)?|ad|promoted( content)?)$"
                   r"|^(story|article) continues below\b|^scroll to continue\b", 6),
    _cue("wire_feed", r"\bpublished from an? (wire|syndicated|agency) (agency )?feed\b"
                      r"|\bauto-?generated from a syndicated feed\b", 30),
    _cue("read_more", r"^(also read|read more|read also)\b|^(related( stories| articles| news)?"
                      r"|recommended( for you| stories)?|more from [\w ]+|trending( now| stories)?"
                      r"|most (read|popular|viewed)|top stories|editor'?s picks)\s*(:|$)", 25),
    _cue("media_credit", r"^(photo|image|picture|video|file photo)( credit)?s?\s*:", 8),
    _cue("legal_links", r"\b(terms (of (use|service)|(and|&) conditions)|privacy policy)\b", 12,
         sentences=False),
    _cue("comments", r"^(\d+ )?(comments?|leave a comment|post a comment|view comments)$", 4),
    _cue("reading_aids", r"^(listen to this (article|story)|\d+ min(ute)?s? read|reading time\b)",
         8),
    _cue("skip_nav", r"^(skip to (main )?(content|navigation)|skip navigation|toggle navigation"
                     r"|(main )?menu|search)$", 4),
    # A related-video list: "2:40 Raw video: neighbor heard the shots", each title led by
    # its running time (a live blog's "7:38 p.m.: ..." is news and stays).
    _cue("video_playlist", r"^\d{1,2}:\d{2}\s+(?![ap]\.?m\b|[—–:-])\S", 30),
    _cue("javascript", r"\b(enable javascript|loading\.\.\.|javascript is disabled)\b", 12),
)


# Share-bar labels: a line made only of these is a share bar.
SOCIAL_LABELS: frozenset[str] = frozenset({
    "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "mail", "print",
    "reddit", "telegram", "pinterest", "instagram", "youtube", "tiktok", "share", "copy",
    "link", "copy link", "comments", "flipboard",
})

# Separators of breadcrumbs and menus ("Home > World > Asia", "News | Sport").
_BREADCRUMB = re.compile(r"^[^.!?]{1,40}?\s*[>›»|]\s*[^.!?>›»|]{1,40}?\s*[>›»|]")
# Two link labels a scraper glued together: "ReadsRedeem", "CardLogout" (a word of 4+ letters
# running into a capitalised one; shorter prefixes are names: "MacBook", "McDonald", "iPhone").
_GLUED_LABELS = re.compile(r"[A-Za-z][a-z]{3}[A-Z][a-z]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SENTENCE_PUNCT = re.compile(r"[.!?…;:][\"'”’)\]]*(\s|$)")
_HAS_LETTER = re.compile(r"\w")
_BULLET = re.compile(r"^[\s*•·\-–—]+")
# A dateline on its own line ("BAGHDAD (Reuters) -", "KABUL, Afghanistan —"): news, keep it.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(,[\w .'-]+)?\s*(\([^)]{1,30}\))?\s*[-—–:]*$")

# A date on its own line is the story's date line (publication or dateline date): keep it.
_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)
# "Name Surname, 34": a victim or suspect list entry, news data.
_PERSON_AGE = re.compile(r"^[A-Z][\w'.-]+( [A-Z][\w'.-]+)+,? \(?\d{1,3}\)?$")

LEAD_TAIL_MAX_WORDS = 3
"""In the lead-in and tail, an unpunctuated line this short is navigation or a label."""

HEADLINE_MIN_WORDS = 3
"""The first line of a text with this many words may be its headline: not an edge label."""

SENTENCE_MIN_WORDS = 6
"""A line with this many words ending like a sentence counts as news text."""


def words_of(line: str) -> int:
    """Whitespace-separated token count."""
    return len(line.split())


def is_sentence_line(line: str) -> bool:
    """Whether the line reads as running text (enough words, ends like a sentence)."""
    return words_of(line) >= SENTENCE_MIN_WORDS and bool(_SENTENCE_END.search(line))


def matching_cue(line: str) -> Cue | None:
    """The first template cue that marks this line as furniture, if any."""
    body = _BULLET.sub("", line)
    count = words_of(body)
    ends_sentence = bool(_SENTENCE_END.search(body))
    for cue in BOILERPLATE_CUES:
        if count > cue.max_words or (ends_sentence and not cue.sentences):
            continue
        if cue.pattern.search(body):
            return cue
    return None


def _is_structural_furniture(line: str) -> bool:
    """Breadcrumbs, glued link labels, share bars and symbol-only lines."""
    if not _HAS_LETTER.search(line):
        return True
    if _BREADCRUMB.search(line):
        return True
    ends_sentence = bool(_SENTENCE_END.search(line))
    if (
        not ends_sentence and "," not in line and words_of(line) <= 12
        and len(set(_GLUED_LABELS.findall(line))) >= 2
    ):
        return True
    labels = [part.strip().lower() for part in re.split(r"[|/,·•]|\s{2,}", line)]
    tokens = [t for part in labels for t in ([part] if part in SOCIAL_LABELS else part.split())]
    return bool(tokens) and all(t in SOCIAL_LABELS for t in tokens)


def is_edge_label(line: str) -> bool:
    """A short unpunctuated line (menu item, byline label) that is not a dateline, date or name."""
    stripped = _BULLET.sub("", line)
    return (
        words_of(stripped) <= LEAD_TAIL_MAX_WORDS
        and not _SENTENCE_PUNCT.search(stripped)
        and not _DATELINE.match(stripped)
        and not _DATE.search(stripped)
        and not _PERSON_AGE.match(stripped)
    )


def _continues_paragraph(lines: Sequence[str], index: int) -> bool:
    """Hard-wrapped text: the line right above is long running text, so this is its tail."""
    if index == 0:
        return False
    above = lines[index - 1]
    return words_of(above) >= SENTENCE_MIN_WORDS and not _SENTENCE_END.search(above)


def furniture_mask(lines: Sequence[str]) -> list[bool]:
    """For each line, True when it is furniture. Blank lines are never furniture."""
    sentence_rows = [i for i, line in enumerate(lines) if is_sentence_line(line)]
    headline = next((i for i, line in enumerate(lines) if line.strip()), -1)
    first = sentence_rows[0] if sentence_rows else len(lines)
    last = sentence_rows[-1] if sentence_rows else -1
    mask = []
    for index, line in enumerate(lines):
        if not line.strip():
            mask.append(False)
            continue
        at_edge = (index < first or index > last) and not (
            index == headline and words_of(line) >= HEADLINE_MIN_WORDS
        )
        mask.append(
            matching_cue(line) is not None
            or _is_structural_furniture(line)
            or (at_edge and is_edge_label(line) and not _continues_paragraph(lines, index))
        )
    return mask
