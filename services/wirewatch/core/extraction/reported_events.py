"""Events analysts count that carry no casualty figure, told in plain words.

A story with no casualty figure is still an incident when it reports an ACLED-style
event that happened: a gathering to press a demand ('gathered outside the ministry to
call for ...', 'marching to the offices'), a crowd chanting slogans, an air strike told
by its aircraft ('fighter jets targeted positions'), a pounding by forces, forces seizing
a building, property burnt by a crowd, an arrest or capture by armed or security forces
('police arrested four people', 'nine people were arrested'), or people beaten by police
or by a crowd.

The incident detector (`incidents.order_incidents`) keeps a casualty-free article only
when its event words say something happened; these cues extend those words. They are
only consulted when no casualty incident was found, so they never displace one.
"""

from __future__ import annotations

import re

_COUNT = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|"
    r"scores\s+of|hundreds\s+of|a\s+number\s+of|a\s+group\s+of|the)"
)
_GROUP = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|scores\s+of|"
    r"hundreds\s+of|a\s+number\s+of|a\s+group\s+of)"
)
"""A count of more than one: a single arrest by police ('police arrested a man') is everyday
crime news, not an event analysts count; a group taken by forces is."""
_ARMED = (
    r"(?:security\s+forces|forces|troops|soldiers|army|military|militia(?:men)?|rebels|"
    r"militants|insurgents|fighters|gunmen|(?-i:[A-Z]{2,6}))"
)
"""Armed forces and groups: one person they seize or arrest is an event (ACLED codes it)."""
_FORCES = (
    r"(?:police(?:men)?|forces|troops|soldiers|officers|army|military|militia(?:men)?|agents|"
    r"gendarmes|guards|rebels|militants|insurgents|fighters|gunmen|(?-i:[A-Z]{2,6}))"
)
_PEOPLE = (
    r"(?:people|persons|men|women|youths?|young\s+men|civilians|residents|villagers|"
    r"protesters|demonstrators|activists|journalists?|students?|suspects?|members|"
    r"militants|rebels|fighters|soldiers|teenagers|farmers|traders|workers|man|woman)"
)

REPORTED_EVENT_RE = re.compile(
    # a gathering held to press a demand, or a march to a place
    r"\b(?:gathered|assembled|converged)\s+(?:[\w'-]+\s+){0,6}?(?:to\s+(?:call|demand|protest|"
    r"denounce|condemn|press|voice)|before\s+marching|in\s+protest)\b|"
    r"\bin\s+a\s+(?:protest\s+)?rally\b|\bmarching\s+(?:to|through|on)\s+the\b|"
    r"\bchant(?:ed|ing)\s+(?:slogans|[\"“'‘])|"
    r"\btook\s+their\s+(?:frustrations?|grievances|anger|demands)\s+to\s+the\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:offices|streets|headquarters|gates|premises)\b|"
    # an air strike told by its aircraft (not a team: 'the Jets struck first'); a bombardment
    r"\b(?-i:jets?|fighters|warplanes?|aircraft|planes|helicopters|drones?)\s+(?:have\s+|had\s+|"
    r"continued\s+to\s+)?(?:target(?:ed|s)?|struck|bombed|pounded)\s|"
    r"\b(?:forces|troops|army|military|artillery)\s+['\"‘“]?pounded\b|"
    # forces seizing a place too small for the territory cues
    r"\b(?:taken|took|seized)\s+control\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:buildings?|"
    r"compound|headquarters|checkpoint|bridge|hill|camp|barracks|port|offices)\b|"
    # property burnt by a crowd
    r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:burnt|burned|torched|set\s+ablaze)"
    r"\s+(?:down\s+)?by\s+(?:angry|irate|a\s+crowd|a\s+mob|rioters|protesters|demonstrators|"
    r"residents|villagers|youths|arsonists)\b|"
    # arrests and captures by armed or security forces
    rf"\b{_FORCES}\s+(?:have\s+|had\s+)?(?:arrested|detained|captured|abducted|rounded\s+up)\s+"
    rf"{_GROUP}\b|"
    rf"\b{_ARMED}\s+(?:have\s+|had\s+)?(?:arrested|detained|captured|abducted|rounded\s+up)\s+"
    rf"{_COUNT}\b|"
    rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|several|dozens\s+of)\s+"
    rf"(?:[\w-]+\s+)?{_PEOPLE}\s+(?:were|have\s+been)\s+(?:arrested|detained|abducted)\b|"
    # people beaten by forces or a crowd
    rf"\b{_FORCES}(?:\s+\S+){{0,2}}?\s+(?:have\s+|had\s+)?(?:hit|beat|beaten|punched|kicked|"
    rf"whipped|clubbed|flogged)\s+{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?{_PEOPLE}\b|"
    r"\b(?:hit|beat|beaten|attacked|assaulted)\s+(?:a|an|the|two|three|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:suspected|alleged|accused)\s+(?:of\s+)?(?:\w+\s+)?(?:thie|robb|burgla|theft|steal)|"
    r"\bproceeded\s+to\s+(?:beat|attack|assault)\b|"
    r"\b(?:officers|police|soldiers|guards|agents)\s+(?:have|had)\s+beaten\b",
    re.IGNORECASE,
)


def reports_event(text: str) -> bool:
    """True when the text reports one of the casualty-free events above."""
    return REPORTED_EVENT_RE.search(text) is not None
