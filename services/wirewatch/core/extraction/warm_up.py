"""Load the extractor's tables once, before the first real article waits for them.

The gazetteer, the table of site homes and the village index take seconds to build and are
built on first use. The extract service, the eval and the bench all call this one function
before any article is timed or waits: the first note that reaches the village fallback then
does not stall its partition, and no timed row pays for a table.
"""

from __future__ import annotations

import gc

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction.villages import village_index
from wirewatch.core.models import Article

WARM_UP_TEXT = "Gunmen killed three people in Kano, Nigeria, on Monday, police said."
WARM_UP_URL = "https://www.ohioledger.example/news/1"
"""A site address, so that the table of site homes is loaded too."""


def warm_up_extractor() -> None:
    """Build every table the extractor reads, then freeze the collector's view of them:
    millions of long-lived objects that each full collection would otherwise walk (a pause
    of most of a second now and then)."""
    extract_incidents(Article(id="warm-up", text=WARM_UP_TEXT, url=WARM_UP_URL))
    village_index()
    gc.freeze()
