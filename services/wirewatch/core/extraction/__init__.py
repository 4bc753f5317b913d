"""Article -> incidents. (Stub: replaced by the extraction work.)"""

from __future__ import annotations

from wirewatch.core.models import Article, Incident


def extract_incidents(article: Article) -> list[Incident]:
    """Every incident the article reports, main first."""
    return []
