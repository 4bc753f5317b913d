"""The `incidents.raw` message for one article: its incidents and what dedup compares.

One builder for the stream stage and the offline `wirewatch dedupe`, so both
hand dedup the same names and words.
"""

from __future__ import annotations

from wirewatch.core.models import Article, ArticleExtraction, Incident
from wirewatch.core.proper_names import proper_names
from wirewatch.core.story import article_words


def extraction_of(
    article: Article, text: str, duplicate_of: str | None, incidents: list[Incident]
) -> ArticleExtraction:
    """The message for `article` (its cleaned `text`); a copy carries no names or words,
    since dedup attaches it to its original's incidents and story without reading it."""
    stamped = [i.model_copy(update={"ingested_at": article.received_at}) for i in incidents]
    message = ArticleExtraction(
        id=article.id, url=article.url, source=article.source, title=article.title,
        published_at=article.published_at, ingested_at=article.received_at,
        duplicate_of=duplicate_of, incidents=stamped,
    )
    if duplicate_of:
        return message
    words = article_words(text)
    return message.model_copy(update={
        "names": proper_names(text), "words": words.counts, "name_words": words.names,
    })
