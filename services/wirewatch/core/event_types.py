"""Which event types can describe one real event (a table, not code).

Reports of one event name it differently ("bombing", "explosion", "attack"),
so types are compared by family. Families and their cue words follow the
ACLED event types (battles, explosions/remote violence, violence against
civilians, riots/protests) plus the non-violent disasters and accidents that
wires also report. Unknown or missing types are compatible with everything:
type never decides a merge on its own, it can only veto one.
"""

from __future__ import annotations

from functools import cache

FAMILY_CUES: dict[str, tuple[str, ...]] = {
    "armed": (
        "attack",
        "armed",
        "assault",
        "battle",
        "clash",
        "shoot",
        "gun",
        "ambush",
        "massacre",
        "violence against civilians",
        "killing",
        "murder",
        "homicide",
        "stab",
        "raid",
    ),
    "explosive": (
        "bomb",
        "explos",
        "ied",
        "suicide",
        "airstrike",
        "air strike",
        "shell",
        "missile",
        "rocket",
        "drone",
        "mortar",
        "grenade",
        "remote violence",
    ),
    "unrest": ("riot", "protest", "demonstrat", "mob"),
    "abduction": ("kidnap", "abduct", "hostage", "hijack", "arrest"),
    "disaster": (
        "earthquake",
        "flood",
        "storm",
        "cyclone",
        "hurricane",
        "landslide",
        "volcano",
        "tsunami",
        "wildfire",
        "drought",
    ),
    "accident": ("crash", "accident", "collapse", "stampede", "derail", "capsiz", "sinking"),
}
"""Family -> substrings of an event type that put it in the family."""

INCOMPATIBLE_FAMILIES: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("armed", "disaster"),
        ("armed", "accident"),
        ("unrest", "disaster"),
        ("unrest", "accident"),
        ("abduction", "disaster"),
        ("abduction", "accident"),
        ("explosive", "disaster"),
        ("disaster", "accident"),
    )
)
"""Family pairs that never describe one event. Explosive/accident stays compatible:
a gas blast is often first reported as a bomb."""


@cache
def families(event_type: str | None) -> frozenset[str]:
    """The families an event type belongs to (empty when unknown; few distinct types)."""
    text = (event_type or "").casefold().replace("_", " ")
    return frozenset(name for name, cues in FAMILY_CUES.items() if any(c in text for c in cues))


def types_compatible(a: str | None, b: str | None) -> bool:
    """False only when every family of one type is incompatible with every family of the other."""
    fa, fb = families(a), families(b)
    if not fa or not fb or fa & fb:
        return True
    return not all(frozenset((x, y)) in INCOMPATIBLE_FAMILIES for x in fa for y in fb)
