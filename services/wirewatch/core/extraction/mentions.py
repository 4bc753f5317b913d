"""A casualty mention: one figure read from one sentence, with the words that gave it.

Shared by the sentence reader (`casualties.py`), the readers of figures stated
outright (`stated_figures.py`) and the tally (`tally.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from wirewatch.core.extraction.sentences import Sentence


@dataclass(frozen=True)
class Mention:
    """One casualty figure read from one sentence, with the words that gave it."""

    field: str  # "killed", "wounded", or "shot" (people hit, killed or not)
    value: int
    category: str
    start: int  # phrase offsets in the cleaned text
    end: int
    phrase: str
    sentence: Sentence
    part: bool = False
    additive: bool = False
    relative: bool = False
    anaphoric: bool = False
    singular: bool = False
    update: bool = False
    vague: bool = False
    approximate: bool = False
    zero: bool = False
    includes_perpetrator: bool = False

    @classmethod
    def in_sentence(
        cls,
        sentence: Sentence,
        field: str,
        value: int,
        category: str,
        start: int,
        end: int,
        **flags: bool,
    ) -> Mention:
        """The figure read from `sentence.text[start:end]`: offsets within the sentence, so
        each reader need not shift them to the cleaned text's nor cut the phrase itself."""
        return cls(
            field,
            value,
            category,
            sentence.start + start,
            sentence.start + end,
            sentence.text[start:end],
            sentence,
            **flags,
        )
