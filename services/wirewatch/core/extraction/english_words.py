"""The most frequent English words (wordfreq), by rank cut-off.

Place and person readers ask the same question at different cut-offs: is this name also an
ordinary word? One cached table per cut-off serves them all.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def frequent_words(rank: int) -> frozenset[str]:
    """The `rank` most frequent English words, lower case."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", rank))
