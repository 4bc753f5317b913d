"""A name written with a region's type word names that region: "Lagos State", "Punjab province".

The country vote counts a name of several namesakes only weakly ("Lagos" is also a Portuguese
town, "Maryland" a US state and a Liberian county), so a note naming "Lagos State" and a
Lagos quarter called "Maryland" could be read as American. The type word settles which
namesake is meant: when exactly one first-level region of that name exists, the mention votes
for its country like an unambiguous name.
"""

from __future__ import annotations

from wirewatch.core.extraction.gazetteer import Place
from wirewatch.core.extraction.place_mentions import Mention, cue_sets


def region_by_type_word(m: Mention) -> Place | None:
    """The one region a mention names with a region type word after it, else None."""
    if not m.type_word or m.type_word not in cue_sets()[2]:
        return None
    regions = [p for p in m.candidates if p.kind == "admin1"]
    if len({p.cc for p in regions}) != 1:
        return None
    return regions[0]
