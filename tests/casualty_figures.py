"""The (killed, wounded) pair a short text reads as, for the casualty tests."""

from __future__ import annotations

from wirewatch.core.extraction.casualties import read_casualties
from wirewatch.core.extraction.sentences import split_sentences
from wirewatch.core.extraction.tally import tally


def figures(text: str) -> tuple[int | None, int | None]:
    """(killed, wounded) for a short text read as one incident."""
    mentions = [m for s in split_sentences(text) for m in read_casualties(s)]
    result = tally(mentions)
    return result.killed, result.wounded
