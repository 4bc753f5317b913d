"""Article -> incidents: every incident the article reports, main first.

The pipeline is pure and rule-based (fast enough for a stream: thousands of
articles a minute on one core): clean the text, split sentences with offsets,
read casualty mentions per sentence, cut the article into incidents (main,
other current ones, recalled background ones), tally each incident's figures
with evidence, then ask the place/date/type/actor readers about each incident's
sentences.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from wirewatch.core.cleaning import clean_text
from wirewatch.core.extraction.background import dateline_date
from wirewatch.core.extraction.confidence import killed_confidence
from wirewatch.core.extraction.context import read_context
from wirewatch.core.extraction.dates import first_published
from wirewatch.core.extraction.gazetteer import Place
from wirewatch.core.extraction.incidents import IncidentDraft, order_incidents, segment
from wirewatch.core.extraction.sentences import split_sentences
from wirewatch.core.extraction.source_home import home_place
from wirewatch.core.extraction.tally import tally
from wirewatch.core.models import Article, Incident, SourceRef

# Text beyond this is not read: wire stories put the event up front, and a bound
# keeps the cost per article flat on pathological input.
MAX_TEXT_CHARS = 40_000
MAX_INCIDENTS = 12


def extract_incidents(article: Article, cleaned: str | None = None) -> list[Incident]:
    """Every incident the article reports, main first; [] when it reports none.

    `cleaned` is the article's text as `clean_text` returns it, for a caller that
    has cleaned it already (cleaning is a few percent of the cost).
    """
    if cleaned is None:
        cleaned = clean_text(article.text, article.content_type)
    text = cleaned[:MAX_TEXT_CHARS]
    if not text.strip():
        return []
    # The reading's "today": publication, else a dated dateline, else when ingest received
    # it (raw scraped text carries no date, and without an anchor an event the article only
    # recalls could not be told from its news).
    published = (
        _publication_time(article.text, article.published_at) or _dateline_datetime(text)
        or article.received_at
    )
    drafts = order_incidents(segment(split_sentences(text), published), text)
    home = home_place(article.url)
    incidents = [
        _assemble(article, text, published, index, draft, home)
        for index, draft in enumerate(drafts[:MAX_INCIDENTS])
    ]
    return _told_once(incidents)


def _told_once(incidents: list[Incident]) -> list[Incident]:
    """Each event once: a story that tells its event again further down (same place, day
    and toll) reports one incident, not two. Ids stay in reading order."""
    kept: list[Incident] = []
    seen: set[tuple] = set()
    for incident in incidents:
        key = (incident.location.name, incident.location.admin1, incident.event_date,
               incident.killed, incident.wounded)
        if incident.location.name and key in seen:
            continue
        seen.add(key)
        kept.append(incident.model_copy(update={"id": f"{incident.article_id}#{len(kept)}"}))
    return kept


def _publication_time(text: str, published_at: datetime | None) -> datetime | None:
    """The publication time, or the page's own earlier 'Posted: March 6, 2013' stamp: a
    page crawled or re-served later keeps its first day's weekdays ("Saturday"). Read in
    the text as received: cleaning drops stamp lines as page furniture."""
    stamp = first_published(text)
    if stamp is None or (published_at is not None and stamp >= published_at.date()):
        return published_at
    return datetime.combine(stamp, time(12), tzinfo=UTC)


def _dateline_datetime(text: str) -> datetime | None:
    day = dateline_date(text)
    return datetime.combine(day, time(0), tzinfo=UTC) if day else None


def _assemble(
    article: Article, text: str, published: datetime | None, index: int, draft: IncidentDraft,
    home: Place | None = None,
) -> Incident:
    figures = tally(draft.mentions)
    span = draft.span
    incident_text = " ".join(s.text for s in draft.sentences) or text[:1000]
    context = read_context(text, published, span, incident_text, home)
    killed_mentions = [m for m in draft.mentions if m.field == "killed"]
    return Incident(
        id=f"{article.id}#{index}",
        article_id=article.id,
        event_type=context.event_type,
        sub_event_type=context.sub_event_type,
        actors=context.actors,
        victims=context.victims,
        location=context.location,
        event_date=context.event_date,
        date_precision=context.date_precision,  # type: ignore[arg-type]
        killed=figures.killed,
        wounded=figures.wounded,
        killed_breakdown=figures.killed_breakdown,
        evidence=figures.evidence,
        background=draft.background,
        confidence=killed_confidence(figures.killed_mentions, killed_mentions, draft.background),
        sources=[
            SourceRef(
                article_id=article.id,
                url=article.url,
                source=article.source,
                published_at=article.published_at,
            )
        ],
        published_at=article.published_at,
        ingested_at=article.received_at,
    )
