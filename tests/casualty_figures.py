"""The (killed, wounded) pair a short text reads as, for the casualty tests."""

from __future__ import annotations

from datetime import UTC, datetime

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction.casualties import read_casualties
from wirewatch.core.extraction.sentences import split_sentences
from wirewatch.core.extraction.tally import tally
from wirewatch.core.models import Article

PUBLISHED = datetime(2023, 5, 2, 9, 0, tzinfo=UTC)


def figures(text: str) -> tuple[int | None, int | None]:
    """(killed, wounded) for a short text read as one incident."""
    mentions = [m for s in split_sentences(text) for m in read_casualties(s)]
    result = tally(mentions)
    return result.killed, result.wounded


def main_figures(text: str) -> tuple[int | None, int | None]:
    """(killed, wounded) of the main incident of a whole article, after the story-level
    readings (other causes of death, withdrawn tolls, background) that `figures` skips."""
    main = extract_incidents(Article(id="t", text=text, published_at=PUBLISHED))[0]
    return main.killed, main.wounded
