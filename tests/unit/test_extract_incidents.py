"""Whole articles: every incident, main first, with recalled events marked background."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction.background import is_background
from wirewatch.core.models import Article

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed-article.txt"
PUBLISHED = datetime(2022, 10, 11, 9, 0, tzinfo=UTC)

# Our own story in the shape of a wire report: a main attack, a part of its toll,
# two smaller same-day attacks, two recalled events, numbers of other things, and
# page furniture.
RAID_STORY = """Militants kill at least nine border guards in overnight raid

Militants killed at least nine border guards and wounded several others in an overnight \
raid on a frontier post near the town of Sinjar, officials said on Tuesday.

The attackers used four pickup trucks and fought for two hours before withdrawing. \
Two of the guards were killed by a roadside bomb as reinforcements arrived.

In a separate attack in Anbar province on Tuesday, gunmen ambushed an army patrol, killing \
four soldiers, while several policemen were wounded when militants attacked a checkpoint \
in Salahuddin province.

In March, the group claimed a car bombing in a Baghdad market that killed 35 people.
About 2,000 foreign troops remain in the country, 110 km from the border.

Subscribe to our newsletter
"""


def raid_incidents():
    return extract_incidents(Article(id="raid", text=RAID_STORY, published_at=PUBLISHED))


def test_main_incident_comes_first_with_its_whole_toll():
    main = raid_incidents()[0]
    assert (main.killed, main.wounded) == (9, 3)
    assert main.background is False


def test_part_of_the_toll_is_not_added():
    assert raid_incidents()[0].killed == 9


def test_same_day_attacks_are_separate_current_incidents():
    current = [i for i in raid_incidents()[1:] if not i.background]
    assert [(i.killed, i.wounded) for i in current] == [(4, None), (None, 3)]


def test_recalled_event_is_background():
    background = [i for i in raid_incidents() if i.background]
    assert [i.killed for i in background] == [35]


def test_undated_text_is_read_against_the_time_ingest_received_it():
    """Raw scraped text carries no date: the receipt time anchors 'Sunday' and 'In July'."""
    article = Article(id="raid", text=RAID_STORY, received_at=PUBLISHED)
    undated = extract_incidents(article)
    assert [(i.killed, i.wounded, i.background, i.event_date) for i in undated] == [
        (i.killed, i.wounded, i.background, i.event_date) for i in raid_incidents()
    ]
    assert [i.published_at for i in undated] == [None] * len(undated)


def test_an_earlier_event_with_the_same_toll_is_not_folded_into_the_new_one():
    text = ("A man was shot and killed outside a gas station on Route 9 on Tuesday night, "
            "deputies said. Just last year, a 10-year-old was killed and a 6-year-old was hurt "
            "in a shooting in the same area.")
    main, *rest = extract_incidents(Article(id="route9", text=text, published_at=PUBLISHED))
    assert (main.killed, main.wounded, main.background) == (1, None, False)
    assert [(i.killed, i.wounded, i.background) for i in rest] == [(1, 1, True)]


def test_deaths_of_an_event_the_story_compares_its_own_to_are_not_its_toll():
    text = ("A deputy was shot and killed during a traffic stop in Alder Creek on Monday. "
            "The shooting came just nine days after a sniper killed six officers in Tulsa. "
            "Neighbors said it was only weeks after two guards were shot dead in Norman.")
    main, *rest = extract_incidents(Article(id="alder", text=text, published_at=PUBLISHED))
    assert (main.killed, main.background) == (1, False)
    assert sorted(i.killed for i in rest if i.background) == [2, 6]


def test_a_death_days_after_the_shooting_is_the_stories_own():
    text = ("A teenager was shot in the chest outside a Salem gym on Friday. "
            "Just two days after the shooting, the teenager died at a hospital.")
    assert extract_incidents(Article(id="salem", text=text, published_at=PUBLISHED))[0].killed == 1


def test_incident_ids_follow_the_article():
    assert [i.id for i in raid_incidents()] == [f"raid#{n}" for n in range(4)]


def test_numbers_of_other_things_are_not_casualties():
    figures = {i.killed for i in raid_incidents()} | {i.wounded for i in raid_incidents()}
    assert not figures & {2000, 110}


def test_every_figure_has_evidence_into_the_text():
    for incident in raid_incidents():
        for evidence in incident.evidence:
            assert RAID_STORY[evidence.start : evidence.end] == evidence.sentence
            assert evidence.phrase and evidence.phrase in evidence.sentence


def test_confidence_is_a_probability():
    assert all(0.0 <= i.confidence <= 1.0 for i in raid_incidents())


def test_vague_figure_lowers_confidence():
    exact = extract_incidents(Article(id="a", text="Gunmen killed 12 police officers."))
    vague = extract_incidents(Article(id="b", text="Gunmen killed several police officers."))
    assert vague[0].confidence < exact[0].confidence


def test_article_without_incident_gives_empty_list():
    text = "The city council approved a new budget for parks and libraries on Monday."
    assert extract_incidents(Article(id="c", text=text)) == []


def test_upper_case_wire_copy():
    text = (
        "LIMA, 12 MAR 90 (RADIO) -- [TEXT] TERRORISTS ATTACKED A POLICE STATION, KILLING "
        "TWO POLICEMEN AND WOUNDING FOUR PEASANTS."
    )
    main = extract_incidents(Article(id="d", text=text))[0]
    assert (main.killed, main.wounded) == (2, 4)


def test_very_long_text_costs_bounded_time():
    text = "The army killed 3 rebels near the river. " + "Word " * 400_000
    started = time.perf_counter()
    incidents = extract_incidents(Article(id="e", text=text))
    assert time.perf_counter() - started < 30  # a hang detector, not a speed target
    assert incidents[0].killed == 3


def test_pathological_punctuation_costs_bounded_time():
    text = "killed " + "1, " * 20_000 + "and " * 5_000 + "were killed."
    started = time.perf_counter()
    extract_incidents(Article(id="f", text=text))
    assert time.perf_counter() - started < 30  # a hang detector, not a speed target


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400).filter(lambda t: t.strip()))
def test_any_text_is_read_without_error(text):
    for incident in extract_incidents(Article(id="g", text=text)):
        assert incident.killed is None or incident.killed >= 0


@pytest.mark.skipif(not SEED.exists(), reason="seed story not present at ../shared/examples")
def test_seed_story_reads_as_briefed():
    published = datetime(2021, 9, 6, tzinfo=UTC)
    incidents = extract_incidents(Article(id="seed", text=SEED.read_text(), published_at=published))
    main = incidents[0]
    assert (main.killed, main.background) == (12, False)
    assert main.wounded and main.wounded > 0
    current = [(i.killed, i.wounded) for i in incidents[1:] if not i.background]
    assert current == [(3, None), (None, 3)]
    assert sorted(i.killed for i in incidents if i.background) == [30, 200]


def test_a_toll_with_a_long_subject_replaces_the_earlier_figure() -> None:
    text = (
        "The death toll from Tuesday's car bombing outside a bus station in the port city "
        "rose to 44 on Wednesday, the health ministry said. On Tuesday officials had "
        "reported 19 people killed."
    )
    main = extract_incidents(Article(id="toll", text=text))[0]
    assert main.killed == 44
    assert any(e.field == "killed" and e.value == 44 and "rose to 44" in e.sentence
               for e in main.evidence)


def test_text_cleaned_by_the_caller_reads_as_the_raw_text_does():
    from wirewatch.core.cleaning import clean_text

    article = Article(id="raid", text=RAID_STORY, published_at=PUBLISHED)
    assert extract_incidents(article, clean_text(article.text)) == raid_incidents()


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Dock workers went on strike in Mombasa on Monday over unpaid wages.", "Protests", "KE"),
        ("Nurses staged a sit-in outside the health ministry in Lusaka over allowances.",
         "Protests", "ZM"),
        ("On 3 March 2021, army units fired mortars at rebel positions near Kidal. "
         "No casualties were reported.", "Explosions/Remote violence", "ML"),
        ("Teachers picketed outside the education ministry in Accra over delayed pay.",
         "Protests", "GH"),
        ("Residents blocked roads in Kisumu to demand water supplies.", "Protests", "KE"),
        ("Hundreds of farmers took to the streets of Gulu over land seizures.", "Protests", "UG"),
        ("Monitors counted 40 projectiles fired near Tororo on Friday.",
         "Explosions/Remote violence", "UG"),
        ("A roadside IED struck a police truck near Garissa on Monday.",
         "Explosions/Remote violence", "KE"),
        ("Youths pelted stones at police in Kisumu during the curfew.", "Riots", "KE"),
        ("Soldiers raped two women in a village near Bunia.", "Violence against civilians", "CD"),
        ("Government troops regained control of the town of Kidal on Sunday.", "Battles", "ML"),
        ("Traders held a march to the municipal offices in Kumasi over new levies.",
         "Protests", "GH"),
        ("Bus drivers in Ndola strike over unpaid allowances.", "Protests", "ZM"),
        ("Police dispersed about 300 protesters in Harare with tear gas.", "Protests", "ZW"),
        ("Soldiers beat three farmers at a checkpoint near Jenin.",
         "Violence against civilians", "PS"),
        ("Two journalists were beaten by tax officers in Mbuji-Mayi.",
         "Violence against civilians", "CD"),
        ("On 2 June 2021, police dispersed around 300 people who blocked a bridge in Mzuzu.",
         "Protests :: Protest with intervention", "MW"),
        ("On 2 June 2021, party supporters held a rally in Lilongwe to demand new elections.",
         "Protests :: Peaceful protest", "MW"),
        ("On 2 June 2021, a fight broke out between two groups of traders at a market in "
         "Kisumu.", "Riots :: Mob violence", "KE"),
        ("On 2 June 2021, youths allegedly beat two election monitors in Dowa (Central).",
         "Violence against civilians :: Attack", "MW"),
        ("On 2 June 2021, looters emptied shops in a market in Goma.",
         "Riots :: Violent demonstration", "CD"),
        ("On 2 June 2021, rebels have taken control of the town of Rutshuru.",
         "Battles :: Non-state actor overtakes territory", "CD"),
    ],
)
def test_events_without_casualties_are_still_incidents(text, event_type, country):
    """`event_type` is "type" or "type :: sub-event type"."""
    main = extract_incidents(Article(id="e", text=text))[0]
    kind, _, sub_kind = event_type.partition(" :: ")
    assert (main.event_type, main.location.country_code) == (kind, country)
    assert not sub_kind or main.sub_event_type == sub_kind
    assert not main.killed


@pytest.mark.parametrize("text", [
    "The city council held a March meeting in Accra on parking fees.",
    "The Lions beat the Bears 24-17 in Kampala on Sunday.",
    "Investors took control of the Nairobi bottling company on Monday.",
    "The museum in Mombasa shows machine guns from the First World War.",
    "The crowd dispersed after the concert in Accra.",
    "Firefighters rescued a cat from a tree in Nakuru.",
    "Shares staged a rally on the Nairobi Securities Exchange.",
    "The board fired the chief executive officer at its meeting in Lagos.",
    "Heavy rain pelted Kampala on Monday.",
    "Arsenal were beaten 2-0 at home in London.",
    "The Lions were beaten by the Bears in Kampala.",
    "Road fatalities in Kenya fell by 10 per cent.",
    "The opposition regained control of the county assembly in Nakuru.",
    "Lightning strikes over Lake Victoria lit up the sky.",
    "The striker sustained knee injuries in training in Accra.",
    "Students in Kumasi held a vigil for the retiring headmaster.",
    "Her performance in Lagos set alight the festival.",
    "Engineers in Nairobi measured how far projectiles travel.",
    "The candidate held a rally in Kumasi.",
])
def test_everyday_words_near_the_new_cues_are_no_incident(text):
    assert extract_incidents(Article(id="n", text=text)) == []


def test_a_gathering_that_is_not_a_protest_is_no_incident():
    text = "The choir gathered in the hall in Accra to rehearse for its spring concert."
    assert extract_incidents(Article(id="c", text=text)) == []


@pytest.mark.parametrize("sentence, background", [
    ("About 13,000 people have been killed in the region since 1980, the committee said.", True),
    ("Some 40,000 people who have died in the long civil war are remembered today.", True),
    ("Ten soldiers were killed on Sunday, the deadliest attack since 2015.", False),
    ("Over the past week more than 400 villagers have died in the clashes, aid groups say.",
     True),
    ("Four magistrates have been murdered so far this year in the province.", True),
    ("The talks aim to end a war in which about 9,000 people have died.", True),
    ("The rebels have killed 30 people in Kelbar, officials said on Monday.", False),
    ("A pupil wounded in the school shooting has died since, the hospital said.", False),
    ("A report said there have been 11 toddler shooting deaths this year in the state.", True),
    ("Figures showed that 14 deputies had been slain nationwide, the group said.", True),
    ("The deputy had been killed by a single shot, the coroner said.", False),
    # the spans of time shared with the reader of counted shooting victims
    ("Four people have been murdered in the county this week, police say.", True),
    ("Eight cyclists have been killed on the ring road in 2022, the council said.", True),
    ("Three herders have died at the crossing each month, elders said.", True),
])
def test_a_running_total_since_a_year_is_background(sentence, background):
    assert is_background(sentence, PUBLISHED) is background


@pytest.mark.parametrize("sentence, background", [
    ("5 dead, 31 wounded in weekend shootings across the city", True),
    ("Two people were killed in separate shootings overnight, police said.", True),
    ("Four shootings in three days left two people dead on the east side.", True),
    ("There were 31 such shootings in the county, with 12 children wounded.", True),
    ("The killing brought to 14 the number of people shot in a span of two days.", True),
    ("At least 9 people were shot in incidents spanning the north and west sides.", True),
    ("Two people were killed in a drive-by shooting on Elm Street overnight.", False),
    ("Holiday shooting death toll climbs to six in Dayton", True),
    ("Since Friday, 22 people have been shot, four fatally, across the city.", True),
    ("Three men are dead after a series of late-night shootings in Fresno.", True),
    ("She was one of two people killed over a six-hour stretch on Sunday.", True),
    ("A man was killed in a shooting at a Fresno gas station late Saturday.", False),
    ("Nine people were shot in Elmport since Thursday morning, police said.", True),
    ("Five men were wounded in attacks from Friday night to early Sunday.", True),
    ("Eleven people were shot in the city Saturday and Sunday.", True),
    ("Seven adults were shot in six hours across the east side.", True),
    ("A woman was shot late Saturday outside a bar in Elmport.", False),
])
def test_a_round_up_of_shootings_is_no_single_incident(sentence, background):
    """Totals of several shootings are cumulative figures (ACLED's rule), like running totals:
    never one incident's toll, never an alert."""
    assert is_background(sentence, PUBLISHED) is background


@pytest.mark.parametrize("sentence, background", [
    ("Crime stats for 2019, in the city of Elmport, show 72 people were murdered.", True),
    ("Statistics from the county show 40 people were killed on its roads.", True),
    ("Court records show two men were shot on Main Street on Friday.", False),
])
def test_a_statistic_is_no_incident(sentence, background):
    assert is_background(sentence, PUBLISHED) is background


def test_a_page_stamp_earlier_than_publication_anchors_its_weekdays():
    # a page served again (or crawled) later keeps the weekdays of its first day
    text = (
        "Boy hurt in backyard shooting\n\nPosted: Wednesday, March 3, 2021 1:55 PM\n\n"
        "A 9-year-old boy was shot in the leg on Saturday in a backyard on Elm Street, "
        "police said."
    )
    article = Article(id="stamp", text=text, published_at=datetime(2021, 9, 6, tzinfo=UTC))
    (incident,) = extract_incidents(article)
    assert incident.event_date.isoformat() == "2021-02-27"
    assert not incident.background


def test_an_event_told_again_further_down_is_one_incident():
    text = (
        "Three hurt in Dunmore shooting\n\n"
        "DUNMORE, Pa. - Three people were wounded in a shooting outside a bar in Dunmore on "
        "Saturday night.\n\nFive people were wounded in a shooting in Dunmore on June 3.\n\n"
        "The owner said the bar had reopened in May.\n\n"
        "That June 3 shooting in Dunmore left five people wounded at a bus stop on Main Street."
    )
    article = Article(id="twice", text=text, published_at=datetime(2021, 9, 6, tzinfo=UTC))
    incidents = extract_incidents(article)
    assert [(i.wounded, i.event_date.isoformat()) for i in incidents] == [
        (3, "2021-09-04"), (5, "2021-06-03")]
    assert [i.id for i in incidents] == ["twice#0", "twice#1"]


def test_a_pipeline_blown_up_with_no_one_hurt_is_an_explosion_with_its_place():
    text = (
        "BOGOTA, 3 JUN 90 (RADIO NETWORK) -- [TEXT] THE OIL PIPELINE WAS BLOWN UP AGAIN TODAY "
        "NEAR THE TOWN OF SARAVENA, ARAUCA DEPARTMENT. NO ONE WAS HURT."
    )
    main = extract_incidents(Article(id="pipeline", text=text))[0]
    assert main.event_type == "Explosions/Remote violence"
    assert (main.location.country_code, main.killed or 0) == ("CO", 0)



def test_an_event_weeks_after_an_earlier_one_does_not_take_its_toll():
    text = (
        "Two people were killed and four wounded when a man opened fire outside a bar in "
        "Tulsa early Sunday, police said. The shooting came three weeks after a massacre at "
        "a concert in another state, where a gunman killed 12 people."
    )
    incidents = extract_incidents(Article(id="weeks-after", text=text))
    assert incidents[0].killed == 2
    assert [i.killed for i in incidents if i.background] == [12]


def test_a_new_event_told_weeks_after_an_old_one_keeps_its_toll():
    text = "Three weeks after a fire destroyed their home, two brothers were shot dead in Tulsa."
    assert extract_incidents(Article(id="weeks-later", text=text))[0].killed == 2


def test_yearly_rates_and_tallies_seen_are_background():
    for sentence in (
        "Falls from ladders kill dozens of roofers each year across the state.",
        "The county has seen 41 homicides since January, the sheriff said.",
        "There have been a total of 2,310 executions in the country since 1950.",
    ):
        assert is_background(sentence, PUBLISHED), sentence


def test_another_death_told_with_a_place_of_its_own_is_another_incident():
    text = ("A man was shot and killed outside a bakery in the Elm Park neighborhood on "
            "Saturday. Another man was shot dead hours later in the Linden Hill neighborhood.")
    main = extract_incidents(Article(id="elm", text=text, published_at=PUBLISHED))[0]
    assert main.killed == 1
