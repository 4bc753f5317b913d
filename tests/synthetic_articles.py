"""Generated news-like articles, their near-copies and distinct look-alikes (own text).

Articles are built from shared templates with different names, places and
numbers, so distinct articles are formulaic look-alikes (the hard case), and a
copy carries other page furniture and has up to 10% of its sentences replaced.
"""

from __future__ import annotations

import random

TEMPLATES = [
    "Gunmen opened fire on a {target} in {town} on {day}, killing {n} people, {officials} said.",
    "{person}, a spokesman for the {province} governor, said {n} more were taken to hospital.",
    "Witnesses told reporters they heard {m} explosions near the {target} shortly before dawn.",
    "The {group} said in a statement that its fighters carried out the raid on the {target}.",
    "Residents of {town} said the road to {other} had been closed since the {day} attack.",
    "{person} said the victims included {m} traders from {other} who had arrived that morning.",
    "Security forces sealed off the {target} and began searching nearby houses in {town}.",
    "It was the {ordinal} attack on a {target} in {province} province since the spring.",
    "Aid workers in {other} said {n} families had fled toward the coast after the violence.",
    "The interior ministry promised an inquiry and said {m} suspects had been detained in {other}.",
    "Local radio in {town} reported that the market stayed shut on {day} and the next day.",
    "{person} told the {paper} that the {group} had threatened the {target} for months.",
    "Hospital staff in {town} appealed for blood donors as {n} wounded were brought in.",
    "A curfew was declared across {province} until further notice, {officials} said.",
    "Footage shared online showed smoke rising over the {target} and burnt cars on the road.",
    "The {group} has carried out similar raids in {other} and along the {river} valley.",
    "{person} said the dead included {m} children and an elderly imam from {other}.",
    "Roads between {town} and {other} were reopened late on {day} under heavy guard.",
    "The United Nations envoy for the region condemned the killing of civilians in {town}.",
    "Farmers near the {river} said they had stopped taking produce to the {town} market.",
]
FURNITURE = [
    "Sign up for our morning briefing", "Share on social media", "Most read stories today",
    "Advertisement", "Copyright the publisher, all rights reserved", "Follow us for alerts",
    "Related coverage from the region", "Skip to main content", "Listen to this story",
    "Subscribe for full access", "Comments are closed on this article", "Back to top",
]
SLOTS = {
    "target": ["police post", "market", "checkpoint", "mosque", "bus station", "army base",
               "school", "wedding party", "church", "village council"],
    "town": ["Kelbar", "Ostrin", "Maravi", "Tulek", "Dessan", "Borovo", "Qaril", "Ennis Ford",
             "Sabrat", "Lomira", "Pelago", "Varsk"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "officials": ["local officials", "police", "a provincial official", "hospital sources"],
    "person": ["Omar Hadi", "Lena Brast", "Tomas Kiel", "Amina Sow", "Rui Castel", "Ida Moor",
               "Karim Nesh", "Sara Volk"],
    "province": ["North Vale", "Eastmarch", "Sundar", "Lowfield", "Kestrel", "Hollin"],
    "group": ["Vale Front", "Black Banner", "Red Hand movement", "Eastern Brigade"],
    "paper": ["Daily Courier", "Vale Times", "Morning Star", "Coast Herald"],
    "river": ["Sorrel", "Amun", "Kesh", "Telva"],
    "ordinal": ["second", "third", "fourth", "fifth"],
}


def _sentence(rng: random.Random, template: str | None = None) -> str:
    template = template or rng.choice(TEMPLATES)
    values = {k: rng.choice(v) for k, v in SLOTS.items()}
    values |= {"n": rng.randint(2, 90), "m": rng.randint(2, 9), "other": rng.choice(SLOTS["town"])}
    return template.format(**values)


def article(rng: random.Random, sentences: int | None = None) -> list[str]:
    """One article as its sentences (12-24 of them)."""
    count = sentences or rng.randint(12, 24)
    return [_sentence(rng) for _ in range(count)]


def page(rng: random.Random, sentences: list[str]) -> str:
    """The article with page furniture above and below, as a site would serve it."""
    top = rng.sample(FURNITURE, 2)
    bottom = rng.sample(FURNITURE, 3)
    return "\n".join([*top, *sentences, *bottom])


def near_copy(rng: random.Random, sentences: list[str], changed: float = 0.10) -> list[str]:
    """The same article with up to `changed` of its sentences rewritten."""
    copy = list(sentences)
    for i in rng.sample(range(len(copy)), int(len(copy) * changed)):
        copy[i] = _sentence(rng)
    return copy
