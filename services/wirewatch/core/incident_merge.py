"""Folding a new report into a known incident.

Merging must be safe under at-least-once delivery and replay: merging the same
report twice changes nothing, and the result does not depend on the order the
reports arrive in where it can be avoided. Tolls only ever rise to the largest
reported figure: casualty counts grow as bodies are found and early reports
undercount, so a lower figure is an earlier figure, never a correction we can
trust over a higher one.
"""

from __future__ import annotations

from datetime import datetime

from wirewatch.core.models import Evidence, Incident, Location, SourceRef

LOCATION_RANK = {None: 0, "country": 1, "admin1": 2, "admin2": 3, "point": 4}
DATE_RANK = {None: 0, "year": 1, "month": 2, "week": 3, "day": 4}
"""More precise wins when two reports place or date one event differently."""


def _union(a: list[str], b: list[str]) -> list[str]:
    """Both lists, in order, without case-insensitive repeats."""
    seen = {x.casefold() for x in a}
    return a + [x for x in b if x.casefold() not in seen and not seen.add(x.casefold())]


def _merge_sources(existing: list[SourceRef], new: list[SourceRef]) -> list[SourceRef]:
    known = {s.article_id for s in existing}
    return existing + [s for s in new if s.article_id not in known and not known.add(s.article_id)]


def _better_location(a: Location, b: Location) -> Location:
    """The more precise location, with gaps filled from the other."""
    best, other = (b, a) if LOCATION_RANK[b.precision] > LOCATION_RANK[a.precision] else (a, b)
    filled = {k: v if v is not None else getattr(other, k) for k, v in best.model_dump().items()}
    if best.lat is None or best.lon is None:
        filled["lat"], filled["lon"] = best.lat, best.lon
    return Location(**filled)


def _toll(existing: Incident, new: Incident, name: str) -> tuple[int | None, list[Evidence]]:
    """The larger figure, and the evidence for that figure."""
    old, fresh = getattr(existing, name), getattr(new, name)
    old_evidence = [e for e in existing.evidence if e.field == name]
    new_evidence = [e for e in new.evidence if e.field == name]
    if fresh is not None and (old is None or fresh > old):
        return fresh, new_evidence
    if fresh is not None and fresh == old and not old_evidence:
        return old, new_evidence
    return old, old_evidence


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return min((x for x in (a, b) if x is not None), default=None)


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max((x for x in (a, b) if x is not None), default=None)


def merge_incident(
    existing: Incident, new: Incident, source: SourceRef | None = None
) -> Incident:
    """`existing` with `new`'s report folded in; version + 1 only if anything changed.

    `source` is the report behind `new` (added to the sources); without it,
    `new.sources` (or a reference to `new.article_id`) is used.
    """
    sources = [source] if source else (new.sources or [SourceRef(article_id=new.article_id)])
    killed, killed_evidence = _toll(existing, new, "killed")
    wounded, wounded_evidence = _toll(existing, new, "wounded")
    evidence = killed_evidence + wounded_evidence
    if set(evidence) == set(existing.evidence):
        evidence = existing.evidence
    newer_date = DATE_RANK[new.date_precision] > DATE_RANK[existing.date_precision]
    date_from = new if newer_date and new.event_date else existing
    merged = existing.model_copy(
        update={
            "event_type": existing.event_type or new.event_type,
            "sub_event_type": existing.sub_event_type or new.sub_event_type,
            "actors": _union(existing.actors, new.actors),
            "victims": _union(existing.victims, new.victims),
            "location": _better_location(existing.location, new.location),
            "event_date": date_from.event_date,
            "date_precision": date_from.date_precision,
            "killed": killed,
            "wounded": wounded,
            "killed_breakdown": (
                new.killed_breakdown if killed != existing.killed else existing.killed_breakdown
            ),
            "evidence": evidence,
            "background": existing.background and new.background,
            "confidence": max(existing.confidence, new.confidence),
            "sources": _merge_sources(existing.sources, sources),
            "published_at": _earliest(existing.published_at, new.published_at),
            "ingested_at": _latest(existing.ingested_at, new.ingested_at),
        }
    )
    if merged == existing:
        return existing
    return merged.model_copy(update={"article_id": new.article_id, "version": existing.version + 1})
