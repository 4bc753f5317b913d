"""'Okafor and seven others were killed': one named person and the others with him, N + 1.

The count phrase reads 'seven others' as others than people told before, to be added to
them; but a lone name joined to it by 'and' is the one they are others than, told in the
same breath, so the phrase is a whole group (eight) that restates a total rather than
adding to it. Phrases with a noun ('a man and seven others') are read as a group already.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.core.extraction.mentions import Mention

_NAME_AND_RE = re.compile(r"(?:^|[\s,(])(?P<name>[A-Z][\w'’-]+)\s+and\s+$")
_OTHERS_RE = re.compile(r"\S+\s+others\b", re.IGNORECASE)
_NOT_NAMES = frozenset(("The", "They", "He", "She", "Police", "Officers", "Authorities"))


def with_the_named_one(mention: Mention) -> Mention:
    """The 'N others' after 'Name and' as the whole group of N + 1, not additional people."""
    if mention.field != "killed" or not mention.additive:
        return mention
    offset = mention.start - mention.sentence.start
    text = mention.sentence.text
    if not _OTHERS_RE.match(text, offset):
        return mention
    name = _NAME_AND_RE.search(text, 0, offset)
    if name is None or name.group("name") in _NOT_NAMES:
        return mention
    start = mention.sentence.start + name.start("name")
    return replace(
        mention,
        value=mention.value + 1,
        start=start,
        phrase=text[name.start("name") : mention.end - mention.sentence.start],
        additive=False,
        relative=False,
    )
