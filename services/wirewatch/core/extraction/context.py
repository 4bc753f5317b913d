"""Where, when, what and who of one incident: the readers for places, dates, types, actors.

Those readers live in their own modules (places, dates, event_types, actors).
This adapter calls them with the incident's sentences as focus and falls back to
an empty answer when a reader is not installed or fails on odd input, so that a
casualty figure is never lost because a place could not be read.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from wirewatch.core.models import Location

log = logging.getLogger(__name__)


@dataclass
class IncidentContext:
    """Location, date, type and parties of one incident."""

    location: Location = field(default_factory=Location)
    event_date: date | None = None
    date_precision: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actors: list[str] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)


def _reader(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(f"wirewatch.core.extraction.{module}"), name)
    except (ImportError, AttributeError):
        return None


def _call(reader: Callable[..., Any] | None, default: Any, *args: Any, **kwargs: Any) -> Any:
    if reader is None:
        return default
    try:
        return reader(*args, **kwargs)
    except Exception:  # a context reader must never cost us the casualty figures
        log.exception("context reader %s failed", getattr(reader, "__name__", reader))
        return default


def read_context(
    text: str, published: datetime | None, focus: tuple[int, int] | None, incident_text: str,
    home: Any = None,
) -> IncidentContext:
    """The context of the incident told at `focus` in `text` (`incident_text` is its sentences;
    `home`: the publishing site's home place, source_home.py)."""
    location = _call(_reader("places", "locate"), Location(), text, focus=focus, home=home)
    when = _call(_reader("dates", "resolve_event_date"), (None, None), text, published, focus=focus)
    kind = _call(_reader("event_types", "classify_event"), (None, None), incident_text)
    actors = _call(_reader("actors", "find_actors"), [], incident_text)
    victims = _call(_reader("actors", "find_victims"), [], incident_text)
    event_date, precision = when if isinstance(when, tuple) and len(when) == 2 else (None, None)
    return IncidentContext(
        location=location if isinstance(location, Location) else Location(),
        event_date=event_date,
        date_precision=precision,
        event_type=kind[0] if kind else None,
        sub_event_type=kind[1] if kind else None,
        actors=list(actors or []),
        victims=list(victims or []),
    )
