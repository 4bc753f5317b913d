"""The victim phrase: a span of a sentence that counts people, with its size and role.

Its own module so that the readers of victim phrases (`victims.py`, `appositions.py`,
`surnames.py`) and the casualty readers that take them can share it without importing
each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VictimPhrase:
    """A phrase that can count people: its span in the sentence, size and category."""

    start: int
    end: int
    value: int
    category: str
    headless: bool = False
    part: bool = False
    additive: bool = False
    relative: bool = False  # "others"/"more": additional to whoever was just named
    anaphoric: bool = False
    singular: bool = False
    vague: bool = False
    approximate: bool = False
