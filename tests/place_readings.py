"""Where the extractor puts an article's main incident, for the place tests."""

from __future__ import annotations

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article, Location


def main_location(text: str) -> Location:
    """The location of the main (first) incident read from `text`."""
    return extract_incidents(Article(id="place-test", text=text))[0].location
