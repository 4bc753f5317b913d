"""Event dates are resolved against the publication date the way news copy means them."""

from datetime import date, datetime

import pytest

from wirewatch.core.extraction.dates import is_before_publication, resolve_event_date

MONDAY = datetime(2021, 9, 6, 9, 30)


def test_weekday_is_the_most_recent_one_on_or_before_publication():
    assert resolve_event_date("Gunmen attacked a post early Sunday.", MONDAY) == (
        date(2021, 9, 5),
        "day",
    )


def test_weekday_evening_counts_as_that_day():
    assert resolve_event_date("He was shot Tuesday evening.", MONDAY) == (date(2021, 8, 31), "day")


def test_day_and_month_without_year_is_not_in_the_future():
    assert resolve_event_date("The blast on Aug. 26 killed dozens.", MONDAY) == (
        date(2021, 8, 26),
        "day",
    )
    assert resolve_event_date("The blast on Dec. 2 killed dozens.", MONDAY) == (
        date(2020, 12, 2),
        "day",
    )


def test_day_month_order_is_read_too():
    assert resolve_event_date("Three troops were killed on 2 July.", MONDAY) == (
        date(2021, 7, 2),
        "day",
    )


def test_month_alone_has_month_precision():
    assert resolve_event_date("In July, a bombing killed 30 people.", MONDAY) == (
        date(2021, 7, 1),
        "month",
    )


def test_yesterday_is_the_day_before_publication():
    assert resolve_event_date("A car bomb exploded yesterday.", MONDAY) == (date(2021, 9, 5), "day")


def test_last_year_has_year_precision():
    assert resolve_event_date("The group was defeated last year.", MONDAY) == (
        date(2020, 1, 1),
        "year",
    )


def test_last_week_has_week_precision():
    assert resolve_event_date("Last week's raid left four dead.", MONDAY) == (
        date(2021, 8, 30),
        "week",
    )


def test_weeks_ago_has_week_precision():
    assert resolve_event_date("The raid happened nearly two weeks ago.", MONDAY) == (
        date(2021, 8, 23),
        "week",
    )


def test_silence_defaults_to_the_publication_day():
    assert resolve_event_date("Two people died in the attack.", MONDAY) == (date(2021, 9, 6), "day")


def test_written_date_beats_overnight():
    text = "In an overnight attack, militants struck a base in the early hours of Sunday."
    assert resolve_event_date(text, MONDAY) == (date(2021, 9, 5), "day")


def test_future_dates_are_not_the_event():
    text = "The suspect, arrested Saturday, will appear in court next Tuesday."
    assert resolve_event_date(text, MONDAY) == (date(2021, 9, 4), "day")


def test_dateline_date_anchors_upper_case_copy():
    text = "SAN SALVADOR, 9 JAN 90 (DPA) -- [TEXT] REBELS ATTACKED A BARRACKS YESTERDAY."
    assert resolve_event_date(text, None) == (date(1990, 1, 8), "day")


def test_focus_span_is_read_first():
    text = "Rebels attacked on Sunday. Separately, on 2 July a mine blast killed two."
    focus = (text.index("Separately"), len(text))
    assert resolve_event_date(text, MONDAY, focus) == (date(2021, 7, 2), "day")


def test_posted_stamp_is_not_the_event_date():
    text = "Posted: Monday, September 6, 2021\n\nA man was shot Saturday night in the city."
    assert resolve_event_date(text, MONDAY) == (date(2021, 9, 4), "day")


def test_background_helper_compares_with_publication():
    assert is_before_publication(date(2021, 7, 30), MONDAY)
    assert not is_before_publication(date(2021, 9, 5), MONDAY)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day something was said is not the event day
        ("A driver was killed, the sheriff's office said Monday. Deputies were called to the "
         "road shortly after 11 p.m. Saturday.", date(2021, 9, 4)),
        # a ruling on a day does not date the shooting
        ("A judge on Monday found probable cause against a man over a shooting on Friday.",
         date(2021, 9, 3)),
        # the reporting day still dates an event when nothing else does
        ("Two men were shot dead, police said Sunday.", date(2021, 9, 5)),
        # a page's time stamp line is not the event date
        ("Three hurt in market fire\n\nSeptember 6, 2021 10:42 AM\n\n"
         "Three traders were hurt when a fire swept the market on Saturday night.",
         date(2021, 9, 4)),
        # a written date with an event time is kept
        ("On September 4, 2021 at 10:42 p.m. a man was stabbed outside a bar.", date(2021, 9, 4)),
        # an arrest, a news conference and an autopsy are told on their own days
        ("A suspect was taken into custody Monday. The clerk was shot at the counter on "
         "Saturday night.", date(2021, 9, 4)),
        ("At a news conference Sunday afternoon the chief asked for witnesses to the "
         "Friday shooting at the depot.", date(2021, 9, 3)),
        ("An autopsy was performed Monday on the woman who was stabbed Saturday.",
         date(2021, 9, 4)),
        # an event word between the follow-up and the day gives the day back to the event
        ("Deputies arrested the man who opened fire Saturday at the fair.", date(2021, 9, 4)),
        # the day of the shooting named with it is the event's, whatever comes before
        ("Detectives are still investigating Sunday's shooting on Elm Street, and an arrest "
         "was made Monday.", date(2021, 9, 5)),
        # a capitalised name is not a follow-up ("Memorial" hospital)
        ("The man hurt in the shooting at Memorial Park on Saturday died Monday.",
         date(2021, 9, 4)),
        # a written date of a follow-up yields too
        ("A service was held Sept. 5, 2021 for the teller shot on Saturday.", date(2021, 9, 4)),
        # an embedded post's stamp is not the event date
        ("Police at the scene - Ana Ruiz (@anaruiz_tv) September 6, 2021\n\nA guard was "
         "shot Sunday night outside the arena.", date(2021, 9, 5)),
        # a dated dateline is the day the story was filed
        ("MILLBROOK, Ala. (Sept. 6, 2021) - A clerk was wounded in a robbery. Officers were "
         "called to the store at 10 p.m. Saturday.", date(2021, 9, 4)),
        # a day in a sentence that names the violence beats an earlier day that does not
        ("Counselors will be at the school Monday morning. A boy was shot at 7 a.m. Sunday "
         "near the gym.", date(2021, 9, 5)),
        # a status or a plan on a day is not the event's day
        ("A woman shot in the arm was in stable condition as of Monday. She was shot on "
         "Saturday outside a store.", date(2021, 9, 4)),
        ("Counselors will be at the school on Monday. A boy was wounded Saturday at a park.",
         date(2021, 9, 4)),
        # a written date far below the lead is another event's (an earlier shooting)
        ("A man was shot Sunday near the park. " + "Neighbors said the block is quiet. " * 20
         + "In an earlier case, a woman was wounded there on Aug. 2.", date(2021, 9, 5)),
        # the day someone died is often later than the day of the shooting
        ("The teen died Sunday at the hospital. He was shot on Friday near the park.",
         date(2021, 9, 3)),
    ],
)
def test_the_event_day_is_not_the_day_of_the_report_the_page_or_a_follow_up(text, day):
    assert resolve_event_date(text, MONDAY) == (day, "day")


def test_a_follow_up_day_does_not_date_the_event_told_by_month():
    text = ("A man was sentenced Monday to ten years. He shot a clerk during a robbery in "
            "July, prosecutors said.")
    assert resolve_event_date(text, MONDAY) == (date(2021, 7, 1), "month")
