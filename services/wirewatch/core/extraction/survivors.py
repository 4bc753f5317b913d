"""Survivors told one by one after the dead: 'Both men were pronounced dead. A 19-year-old
woman was hit in the shoulder, and a 40-year-old was grazed.'

Once the article has told its dead, a person brought in as new ("a 19-year-old woman", not
"he" or "the victim") and never told dead after is someone else hit: one of the wounded.
Two such persons told alike ('a woman' ... 'a woman') may be one told twice, so they count
once.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.lexicon import sex_words
from wirewatch.core.extraction.mentions import Mention

_NEW_PERSON_RE = re.compile(
    r"(?:an?|another)\s(?!(?:second|third|fourth|fifth|sixth)\b)", re.IGNORECASE)
_AGE_RE = re.compile(r"\b(\d{1,3}|[a-z]+)[- ]years?[- ]old\b|,\s*(\d{1,3})\s*,", re.IGNORECASE)
_ANOTHER_SCENE_RE = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\bblock\s+of\b|\b(?:earlier|later|hours|minutes)\b|^\W*•",
    re.IGNORECASE,
)


def _likeness(phrase: str) -> tuple[str, str]:
    """How a phrase tells its person apart: age and sex words, '' where not told."""
    age = _AGE_RE.search(phrase)
    sex = sex_words(phrase, pronouns=False)
    return ((age.group(1) or age.group(2)).lower() if age else "", sex)


def _a_new_person(mention: Mention) -> bool:
    """One person hit, brought in as someone new ('a 19-year-old woman', 'an 8-year-old');
    not 'a third victim', who may be one of the dead counted on."""
    return (mention.field in ("shot", "wounded") and mention.value == 1 and mention.singular
            and not mention.anaphoric and not mention.part and not mention.zero
            and mention.category != "perpetrator"
            and bool(_NEW_PERSON_RE.match(mention.phrase)))


def survivors_after_the_dead(mentions: list[Mention], killed: int | None) -> list[Mention]:
    """New persons told hit right after the article's last death (in its sentence or the
    next sentences that tell casualties, none of them a death), each told apart from the
    dead and from one another: the dead are known by then, so these are more people, and
    alive. A lone death told before may be told again as the story starts over ('A man
    was killed ... Officers found a 20-year-old man shot'), so then only those told in the
    death's own sentence count. Not in a sentence that sets its own time or place ('Around
    noon on Elm Street, a man was shot'): a round-up's next shooting."""
    dead = [m for m in mentions if m.field == "killed" and not m.zero and m.value > 0
            and m.category != "perpetrator"]
    if not dead or not any(m.sentence.start > 0 for m in dead):
        return []
    last_death = max(m.end for m in dead)
    dead_likes = {_likeness(m.phrase) for m in dead} - {("", "")}
    found: dict[tuple[str, str], Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < last_death:
            continue
        if not _a_new_person(mention) or _ANOTHER_SCENE_RE.search(mention.sentence.text):
            if found or mention.sentence.start > last_death:
                break  # the run of survivors told after the dead ends here
            continue
        like = _likeness(mention.phrase)
        beside_a_death = any(m.sentence is mention.sentence for m in dead)
        if like not in dead_likes and (beside_a_death or (killed or 0) > 1):
            found.setdefault(like, mention)
    return list(found.values())
