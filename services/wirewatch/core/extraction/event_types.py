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
def _rules() -> tuple[list[tuple[str, str]], re.Pattern]:
    """The rule labels and one combined regex whose group rN is rule N (one pass per text)."""
    table = json.loads((Path(__file__).parent / "data" / "event_cues.json").read_text("utf-8"))
    labels = [(event_type, sub_type) for event_type, sub_type, _ in table["rules"]]
    parts = [f"(?P<r{n}>{'|'.join(cues)})" for n, (_, _, cues) in enumerate(table["rules"])]
    return labels, re.compile(r"(?i)\b(?:" + "|".join(parts) + r")\b")


def _first_rule(text: str) -> tuple[str, str] | None:
    """The highest-precedence rule any cue in the text triggers."""
    labels, pattern = _rules()
    matched = {int(m.lastgroup[1:]) for m in pattern.finditer(text)}
    return labels[min(matched)] if matched else None


SENTENCE_END_RE = re.compile(r"(?<=[a-z0-9)\"'])[.!?](?=\s+[A-Z\"])")


def _first_sentence(text: str) -> str:
    """The opening sentence: it names the main event; later ones add its means and aftermath."""
    match = SENTENCE_END_RE.search(text)
    return text[: match.end()] if match else text


def classify_event(text: str) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) for the event the text (or the incident's sentences) reports."""
    lead = _first_sentence(text[:LEAD_CHARS])
    found = _first_rule(lead) or _first_rule(text)
    if found is None:
        return None, None
    event_type, sub_type = found
    if (event_type, sub_type) == ("Violence against civilians", "Attack"):
        from wirewatch.core.extraction.actors import find_victims

        victims = set(find_victims(lead))
        if victims and victims <= SECURITY_VICTIMS:
            return "Battles", "Armed clash"
    return event_type, sub_type
