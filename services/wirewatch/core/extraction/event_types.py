"""What kind of event: ACLED-style event_type and sub_event_type from cue words.

The cue table (data/event_cues.json) follows the ACLED Codebook's event and sub-event types,
plus Disaster and Accident for non-political mass-casualty events. Rules are tried in table
order (specific before generic: a suicide bomb is not just an attack) within the lead first,
because the lead names the main event and later paragraphs drift to background.
ACLED convention: an armed group attacking state forces is a Battle (Armed clash), not
Violence against civilians, so an "Attack" whose victims are all police or soldiers is recoded.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

LEAD_CHARS = 400
SECURITY_VICTIMS = frozenset({"police", "military", "security forces", "militants"})


@cache
def _rules() -> list[tuple[str, str, re.Pattern]]:
    table = json.loads((Path(__file__).parent / "data" / "event_cues.json").read_text("utf-8"))
    return [
        (event_type, sub_type, re.compile(r"(?i)\b(?:" + "|".join(cues) + r")\b"))
        for event_type, sub_type, cues in table["rules"]
    ]


def _first_rule(text: str) -> tuple[str, str] | None:
    for event_type, sub_type, pattern in _rules():
        if pattern.search(text):
            return event_type, sub_type
    return None


def classify_event(text: str) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) for the event the text (or the incident's sentences) reports."""
    found = _first_rule(text[:LEAD_CHARS]) or _first_rule(text)
    if found is None:
        return None, None
    event_type, sub_type = found
    if (event_type, sub_type) == ("Violence against civilians", "Attack"):
        from wirewatch.core.extraction.actors import find_victims

        victims = set(find_victims(text))
        if victims and victims <= SECURITY_VICTIMS:
            return "Battles", "Armed clash"
    return event_type, sub_type
