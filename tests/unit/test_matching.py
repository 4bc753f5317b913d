"""The incident matching rule and merging of reports (pure, own examples)."""

from __future__ import annotations

from datetime import date

from wirewatch.core.matching import IncidentMatcher, merge_incident
from wirewatch.core.models import Evidence, Incident, Location, SourceRef

MATCHER = IncidentMatcher()

TOWN = Location(name="Kelbar", country_code="XQ", admin1="North Vale", admin2="Kelbar District",
                lat=10.00, lon=20.00, precision="point")
SUBURB = Location(name="Kelbar Heights", country_code="XQ", admin1="North Vale",
                  lat=10.12, lon=20.10, precision="point")
FAR_TOWN = Location(name="Ostrin", country_code="XQ", admin1="North Vale",
                    lat=11.20, lon=20.90, precision="point")
PROVINCE = Location(name="North Vale", country_code="XQ", admin1="North Vale",
                    precision="admin1")
COUNTRY = Location(name="Xqland", country_code="XQ", precision="country")


def report(n: int = 0, **fields) -> Incident:
    base = dict(id=f"a{n}#0", article_id=f"a{n}", event_type="Explosions/Remote violence",
                location=TOWN, event_date=date(2026, 3, 8), date_precision="day")
    return Incident(**{**base, **fields})


def same(a: Incident, b: Incident, shared_names: int = 0) -> bool:
    return MATCHER.is_same(MATCHER.score(a, b, shared_names))


def test_same_town_and_same_day_is_one_incident():
    assert same(report(1, killed=4), report(2, killed=6))


def test_same_type_in_the_same_country_alone_never_merges():
    a = report(1, location=COUNTRY, event_date=None, date_precision=None)
    b = report(2, location=COUNTRY, event_date=None, date_precision=None)
    assert not same(a, b)


def test_look_alike_bombings_in_one_province_on_different_days_stay_apart():
    assert not same(report(1, killed=5), report(2, killed=5, event_date=date(2026, 3, 11)))


def test_look_alike_bombings_on_one_day_in_distant_towns_stay_apart():
    assert not same(report(1, killed=5), report(2, killed=5, location=FAR_TOWN))


def test_a_suburb_on_the_same_day_needs_two_agreeing_details():
    assert not same(report(1), report(2, location=SUBURB))
    assert same(report(1, killed=7), report(2, location=SUBURB, killed=7), shared_names=2)


def test_one_equal_toll_does_not_join_two_shootings_in_one_metro_area():
    first = report(1, event_type="Shooting", killed=3, wounded=2)
    next_day = report(2, event_type="Shooting", location=SUBURB, killed=3, wounded=0,
                      event_date=date(2026, 3, 9))
    assert not same(next_day, first)
    assert same(next_day.model_copy(update={"wounded": 2}), first)


def test_two_shared_names_alone_do_not_join_same_day_reports_in_one_province():
    assert not same(report(1, location=PROVINCE), report(2), shared_names=2)


def test_province_level_report_needs_two_shared_details():
    assert not same(report(1, location=PROVINCE), report(2))
    assert same(report(1, location=PROVINCE), report(2), shared_names=4)
    assert same(report(1, location=PROVINCE, killed=4), report(2, killed=4), shared_names=2)


def test_undated_reports_need_two_agreeing_details():
    undated = report(1, event_date=None, date_precision=None, killed=9)
    assert not same(undated, report(2, killed=9))
    assert same(undated, report(2, killed=9), shared_names=2)


def test_tolls_of_three_and_sixty_are_two_events():
    assert not same(report(1, killed=3), report(2, killed=60))


def test_a_rising_toll_is_still_one_event():
    assert same(report(1, killed=3), report(2, killed=12))


def test_week_precision_date_matches_within_the_week_with_a_detail():
    vague = report(1, event_date=date(2026, 3, 5), date_precision="week", killed=11)
    assert same(vague, report(2, killed=11))


def test_an_earthquake_and_a_shooting_never_merge():
    assert not same(report(1, event_type="Earthquake"), report(2, event_type="Armed clash"))


def test_differently_worded_violent_types_are_compatible():
    assert same(report(1, event_type="Suicide bomb"), report(2, event_type="Attack"))


def test_generic_victim_groups_do_not_corroborate():
    a = report(1, location=PROVINCE, victims=["civilians"])
    assert not same(a, report(2, victims=["civilians"]))


def test_differently_named_victims_keep_same_day_shootings_apart():
    a = report(1, victims=["Ana Morel"])
    assert not same(a, report(2, victims=["Piet Varga"]))


def test_best_match_prefers_the_candidate_with_more_agreement():
    near = report(7, id="inc-near", killed=5, location=SUBURB)
    exact = report(8, id="inc-exact", killed=5)
    assert MATCHER.best_match(report(1, killed=5), [near, exact]).id == "inc-exact"


def evidence(field: str, value: int) -> Evidence:
    return Evidence(field=field, value=value, sentence=f"{value} {field}.", start=0, end=5)


def test_a_later_higher_toll_wins_with_its_evidence():
    known = report(1, id="inc-1", killed=4, evidence=[evidence("killed", 4)])
    merged = merge_incident(known, report(2, killed=9, evidence=[evidence("killed", 9)]))
    assert (merged.killed, [e.value for e in merged.evidence]) == (9, [9])


def test_a_lower_early_figure_never_lowers_the_toll():
    known = report(1, id="inc-1", killed=9, evidence=[evidence("killed", 9)])
    merged = merge_incident(known, report(2, killed=4, evidence=[evidence("killed", 4)]))
    assert (merged.killed, [e.value for e in merged.evidence]) == (9, [9])


def test_merging_adds_the_source_and_steps_the_version_once():
    known = report(1, id="inc-1", sources=[SourceRef(article_id="a1")])
    merged = merge_incident(known, report(2), SourceRef(article_id="a2"))
    assert [s.article_id for s in merged.sources] == ["a1", "a2"]
    assert merged.version == 2 and merged.article_id == "a2"


def test_a_repeat_delivery_changes_nothing():
    known = report(1, id="inc-1", sources=[SourceRef(article_id="a1")])
    once = merge_incident(known, report(2, killed=3), SourceRef(article_id="a2"))
    assert merge_incident(once, report(2, killed=3), SourceRef(article_id="a2")) is once


def test_the_more_precise_place_and_date_win():
    vague = report(1, id="inc-1", location=PROVINCE, event_date=date(2026, 3, 1),
                   date_precision="month")
    merged = merge_incident(vague, report(2))
    assert (merged.location.name, merged.event_date) == ("Kelbar", date(2026, 3, 8))


def test_a_current_report_makes_a_background_incident_current():
    merged = merge_incident(report(1, id="inc-1", background=True), report(2))
    assert merged.background is False


def test_a_steeply_rising_toll_at_the_same_place_and_day_is_an_update() -> None:
    place = Location(name="Hodan", country_code="SO", lat=2.03, lon=45.3, precision="point")
    first = Incident(id="a#0", article_id="a", killed=12, location=place,
                     event_date=date(2026, 11, 20), date_precision="day", actors=["al-Shabaab"])
    later = first.model_copy(update={"id": "b#0", "article_id": "b", "killed": 60})
    matcher = IncidentMatcher()
    assert matcher.is_same(matcher.score(later, first))


def test_a_falling_toll_far_below_the_earlier_one_still_keeps_events_apart() -> None:
    place = Location(name="Hodan", country_code="SO", lat=2.03, lon=45.3, precision="point")
    first = Incident(id="a#0", article_id="a", killed=60, location=place,
                     event_date=date(2026, 11, 20), date_precision="day", actors=["al-Shabaab"])
    later = first.model_copy(update={"id": "b#0", "article_id": "b", "killed": 2})
    matcher = IncidentMatcher()
    assert not matcher.is_same(matcher.score(later, first))
