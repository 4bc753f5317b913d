"""Dedup state against a real Redis: the article index, incident store and processing."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.synthetic_articles import article, near_copy, page
from wirewatch.core.extraction_message import extraction_of
from wirewatch.core.models import Article, ArticleExtraction, Incident, Location
from wirewatch.core.story_names import RARE_NAME_ARTICLES
from wirewatch.dedup.article_index import ArticleIndex
from wirewatch.dedup.processing import process_extraction
from wirewatch.dedup.store import IncidentStore, connect_redis

pytestmark = pytest.mark.integration

NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
KELBAR = Location(name="Kelbar", country_code="XQ", admin1="North Vale", lat=10.0, lon=20.0,
                  precision="point")
OSTRIN = Location(name="Ostrin", country_code="XQ", admin1="North Vale", lat=11.2, lon=20.9,
                  precision="point")


@pytest.fixture
async def redis(redis_url, namespace):
    client = connect_redis(redis_url)
    yield client
    async for key in client.scan_iter(match=f"{namespace}:*"):
        await client.unlink(key)
    await client.aclose()


@pytest.fixture
def index(redis, namespace) -> ArticleIndex:
    return ArticleIndex(redis, namespace, window_days=14, threshold=0.7)


@pytest.fixture
def store(redis, namespace) -> IncidentStore:
    return IncidentStore(redis, namespace, window_days=14)


def extraction(article_id: str, *incidents: Incident, names=(), duplicate_of=None):
    return ArticleExtraction(id=article_id, incidents=list(incidents), names=list(names),
                             duplicate_of=duplicate_of, published_at=NOW)


def attack(article_id: str, killed: int | None = None, location: Location = KELBAR,
           day: date = date(2026, 3, 8)) -> Incident:
    return Incident(id=f"{article_id}#0", article_id=article_id, event_type="Attack",
                    location=location, event_date=day, date_precision="day", killed=killed)


async def test_a_copy_is_reported_as_a_duplicate_of_its_original(index):
    rng = random.Random(1)
    sentences = article(rng)
    assert await index.find_or_add("orig", page(rng, sentences), NOW) is None
    assert await index.find_or_add("copy", page(rng, near_copy(rng, sentences)), NOW) == "orig"


async def test_the_same_article_delivered_again_gets_the_same_answer(index):
    rng = random.Random(2)
    sentences = article(rng)
    text = page(rng, sentences)
    first = [await index.find_or_add("orig", text, NOW), await index.find_or_add("copy", text)]
    again = [await index.find_or_add("orig", text, NOW), await index.find_or_add("copy", text)]
    assert first == again == [None, "orig"]


async def test_a_copy_of_a_copy_points_at_the_first_original(index):
    rng = random.Random(3)
    sentences = article(rng, 20)
    copy = near_copy(rng, sentences)
    await index.find_or_add("orig", page(rng, sentences), NOW)
    await index.find_or_add("copy", page(rng, copy), NOW)
    assert await index.find_or_add("copy2", page(rng, near_copy(rng, copy)), NOW) == "orig"


async def test_generated_near_copies_are_recognised(index):
    rng = random.Random(4)
    originals = [article(rng) for _ in range(150)]
    for n, sentences in enumerate(originals):
        await index.find_or_add(f"orig-{n}", page(rng, sentences), NOW)
    found = 0
    for n, sentences in enumerate(originals):
        verbatim = await index.find_or_add(f"verbatim-{n}", page(rng, sentences), NOW)
        edited = await index.find_or_add(f"edited-{n}", page(rng, near_copy(rng, sentences)), NOW)
        found += (verbatim == f"orig-{n}") + (edited == f"orig-{n}")
    assert found / (2 * len(originals)) >= 0.99


async def test_template_pages_of_one_site_are_not_copies_of_each_other(index):
    template = "\n\n".join([
        "Five easy weeknight dinners the whole family will love, from sheet-pan fajitas to a "
        "creamy lemon pasta that is ready in twenty minutes.",
        "Our meteorologists track the weekend forecast for the valley: clouds early, sunny "
        "afternoons and a cool breeze off the lake through Monday morning.",
        "Get our free morning briefing in your inbox every weekday, with the top headlines, "
        "local sports scores and the best things to do around town this week.",
        "Download the station app to watch newscasts live, get alerts on your phone and send "
        "us your photos and videos from across the region.",
    ])
    titles = ["Two men shot outside Delmar tavern", "Toddler hurt by stray bullet in Ferndale"]
    first, second = (f"{t}\n\n{template}" for t in titles)
    assert await index.find_or_add("site-1", first, NOW, titles[0]) is None
    assert await index.find_or_add("site-2", second, NOW, titles[1]) is None
    # a real story under that site's template still finds its copies
    rng = random.Random(8)
    sentences = article(rng)
    story = page(rng, sentences)
    assert await index.find_or_add("story", story, NOW) is None
    assert await index.find_or_add("story-copy", page(rng, near_copy(rng, sentences)), NOW) == (
        "story")


async def test_distinct_look_alike_articles_are_not_flagged(index):
    rng = random.Random(5)
    flagged = [await index.find_or_add(f"a{n}", page(rng, article(rng)), NOW) for n in range(300)]
    assert flagged.count(None) == 300


async def test_every_key_is_namespaced_and_expires_with_the_window(redis, namespace, index,
                                                                     store):
    rng = random.Random(6)
    await index.find_or_add("orig", page(rng, article(rng)), NOW)
    await process_extraction(store, extraction("orig", attack("orig", 4)), NOW)
    keys = [key async for key in redis.scan_iter(match=f"{namespace}:*")]
    ttls = [await redis.ttl(key) for key in keys]
    assert keys and all(0 < ttl <= 15 * 86400 for ttl in ttls)  # buckets: window + 1 slot


async def test_two_reports_of_one_attack_make_one_incident_with_both_sources(store):
    first = await process_extraction(store, extraction("r1", attack("r1", 4)), NOW)
    second = await process_extraction(store, extraction("r2", attack("r2", 4)), NOW)
    assert second[0].id == first[0].id
    assert [s.article_id for s in second[0].sources] == ["r1", "r2"]


async def test_a_redelivered_extraction_publishes_nothing(store):
    message = extraction("r1", attack("r1", 4))
    assert await process_extraction(store, message, NOW)
    assert await process_extraction(store, message, NOW) == []


async def test_a_redelivery_can_republish_the_versions_it_made(store):
    message = extraction("r1", attack("r1", 4))
    first = await process_extraction(store, message, NOW)
    assert await process_extraction(store, message, NOW, republish=True) == first


async def test_a_later_higher_toll_raises_the_incident_and_its_version(store):
    await process_extraction(store, extraction("r1", attack("r1", 4)), NOW)
    [update] = await process_extraction(store, extraction("r2", attack("r2", 11)), NOW)
    assert (update.killed, update.version) == (11, 2)


async def test_look_alike_attacks_in_one_province_stay_apart(store):
    [a] = await process_extraction(store, extraction("r1", attack("r1", 4)), NOW)
    [b] = await process_extraction(store, extraction("r2", attack("r2", 4, OSTRIN)), NOW)
    assert a.id != b.id


async def test_a_copy_adds_its_source_to_the_originals_incidents(store):
    [created] = await process_extraction(store, extraction("r1", attack("r1", 4)), NOW)
    [updated] = await process_extraction(store, extraction("copy", duplicate_of="r1"), NOW)
    assert updated.id == created.id
    assert [s.article_id for s in updated.sources] == ["r1", "copy"]


async def test_a_copy_that_overtakes_its_original_is_attached_when_the_original_arrives(store):
    assert await process_extraction(store, extraction("copy", duplicate_of="r1"), NOW) == []
    [created] = await process_extraction(store, extraction("r1", attack("r1", 4)), NOW)
    assert [s.article_id for s in created.sources] == ["r1", "copy"]
    assert await store.article_incidents("copy") == []


async def test_a_replay_into_an_empty_store_gives_the_same_incident_ids(redis, namespace):
    messages = [extraction("r1", attack("r1", 4)), extraction("r2", attack("r2", 5)),
                extraction("r3", attack("r3", 2, OSTRIN))]
    runs = []
    for run in ("a", "b"):
        store = IncidentStore(redis, f"{namespace}:{run}", window_days=14)
        runs.append([[i.id for i in await process_extraction(store, m, NOW)] for m in messages])
    assert runs[0] == runs[1]


async def test_two_replicas_processing_one_event_at_once_make_one_incident(redis_url, namespace,
                                                                          redis):
    clients = [connect_redis(redis_url) for _ in range(2)]
    stores = [IncidentStore(c, namespace, window_days=14) for c in clients]
    reports = [extraction(f"r{n}", attack(f"r{n}", 4)) for n in range(2)]
    results = await asyncio.gather(
        *(process_extraction(s, r, NOW) for s, r in zip(stores, reports, strict=True))
    )
    filed = [await stores[0].article_incidents(r.id) for r in reports]
    for client in clients:
        await client.aclose()
    assert all(results) and filed[0] == filed[1]


async def test_shared_names_join_a_province_level_report_to_its_incident(store):
    names = ["omar hadi", "vale front", "kelbar market", "sana idris", "east gate"]
    [created] = await process_extraction(store, extraction("r1", attack("r1"), names=names), NOW)
    vague = attack("r2").model_copy(update={"location": Location(
        name="North Vale", country_code="XQ", admin1="North Vale", precision="admin1")})
    [merged] = await process_extraction(store, extraction("r2", vague, names=names[:4]), NOW)
    assert merged.id == created.id


async def test_a_report_that_misreads_the_date_by_days_still_finds_its_incident(store):
    names = ["omar hadi", "vale front", "kelbar market", "sana idris"]
    [created] = await process_extraction(store, extraction("r1", attack("r1"), names=names), NOW)
    misdated = attack("r2", day=date(2026, 3, 3))
    [merged] = await process_extraction(store, extraction("r2", misdated, names=names), NOW)
    assert merged.id == created.id


async def test_a_report_days_away_sharing_no_names_is_another_incident(store):
    [created] = await process_extraction(store, extraction("r1", attack("r1")), NOW)
    [other] = await process_extraction(store, extraction("r2", attack("r2", day=date(2026, 3, 3))),
                                       NOW)
    assert other.id != created.id


REHAB = ("Singer Mara Quillon checks into Larkspur Recovery Centre\nPop singer Mara Quillon "
         "has checked into the Larkspur Recovery Centre in Brindle Bay, her publicist Owen "
         "Tate said on Friday.")
REHAB_AGAIN = ("Mara Quillon enters rehab at Larkspur\nPublicist Owen Tate confirmed that Mara "
               "Quillon entered the Larkspur Recovery Centre near Brindle Bay this week.")
OTHER_REHAB = ("Actor Dev Ransome checks into rehab at Cedar Hollow clinic\nActor Dev Ransome "
               "has checked into the Cedar Hollow clinic in Port Elms, his agent Lena Voss said.")


def story_report(article_id: str, text: str) -> ArticleExtraction:
    return extraction_of(Article(id=article_id, text=text, published_at=NOW), text, None, [])


async def test_two_reports_of_one_story_without_incidents_share_a_story(store):
    await process_extraction(store, story_report("r1", REHAB), NOW)
    await process_extraction(store, story_report("r2", REHAB_AGAIN), NOW)
    first = await store.article_story("r1")
    assert first is not None and await store.article_story("r2") == first


async def test_a_look_alike_story_about_someone_else_gets_its_own_story(store):
    await process_extraction(store, story_report("r1", REHAB), NOW)
    await process_extraction(store, story_report("o1", OTHER_REHAB), NOW)
    assert await store.article_story("o1") != await store.article_story("r1")


async def test_a_redelivered_story_report_changes_nothing(store, redis, namespace):
    await process_extraction(store, story_report("r1", REHAB), NOW)
    slot = store.window.slot(NOW)
    counts = await redis.hgetall(f"{namespace}:vdf:0")
    postings = await redis.hgetall(f"{namespace}:p:{slot}")
    assert counts and postings
    await process_extraction(store, story_report("r1", REHAB), NOW, republish=True)
    assert await redis.hgetall(f"{namespace}:vdf:0") == counts
    assert await redis.hgetall(f"{namespace}:p:{slot}") == postings


SHOOTING = ("Man shot dead outside Elm Court apartments\nTomas Reyes, 31, was shot dead outside "
            "the Elm Court apartments on Friday night. Police are looking for Joel Varga, 24.")
TRIAL = ("Jury hears opening statements in Elm Court murder trial\nProsecutors told the jury "
         "that Joel Varga fired the shots that killed Tomas Reyes after an argument over a car.")
OTHER_TRIAL = ("Elm Court landlord fined\nThe owner of Elm Court was fined on Monday for "
               "broken fire doors, a city inspector said.")


def report_on(article_id: str, text: str, day: datetime) -> ArticleExtraction:
    return extraction_of(Article(id=article_id, text=text, published_at=day), text, None, [])


async def test_a_follow_up_months_later_joins_its_story_by_rare_names(store):
    """Story vectors last the window; the trial months later shares the names."""
    await process_extraction(store, report_on("s1", SHOOTING, NOW), NOW)
    later = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    await process_extraction(store, report_on("t1", TRIAL, later), later)
    await process_extraction(store, report_on("o1", OTHER_TRIAL, later), later)
    first = await store.article_story("s1")
    assert await store.article_story("t1") == first
    assert await store.article_story("o1") != first


HEARING = ("Bail denied at first hearing\nA judge on Wednesday refused bail for Joel Varga, "
           "saying the defendant posed a flight risk. His lawyer argued that the evidence "
           "against him was thin and that witnesses had contradicted each other. Relatives "
           "of Tomas Reyes filled the courtroom benches and wept as the ruling was read. The "
           "next hearing was set for April, and prosecutors expect to call eleven witnesses.")
HONOURED = ("Volunteers honoured in Varn\nThe Varn fair board honoured Joel Varga and Tomas "
            "Reyes for ten years of work at the harvest market.")
SOUTH = Location(name="Varn", country_code="XQ", admin1="South Vale", lat=14.0, lon=22.0,
                 precision="point")


def report_of(article_id: str, text: str, day: datetime, incident: Incident) -> ArticleExtraction:
    article = Article(id=article_id, text=text, published_at=day)
    return extraction_of(article, text, None, [incident])


async def test_a_follow_up_in_the_window_joins_its_story_by_names_in_the_same_area(store):
    """The trial report shares few words but two rare names with the first report, and
    its incident is in the same region on the same day; the look-alike is elsewhere."""
    day, later = date(2026, 3, 6), NOW + timedelta(days=3)
    await process_extraction(store, report_of("s1", SHOOTING, NOW, attack("s1", day=day)), NOW)
    elsewhere = attack("o1", day=day, location=SOUTH)
    await process_extraction(store, report_of("o1", HONOURED, later, elsewhere), later)
    await process_extraction(store, report_of("t1", HEARING, later, attack("t1", day=day)),
                             later)
    first = await store.article_story("s1")
    assert await store.article_story("t1") == first
    assert await store.article_story("o1") != first


async def test_a_replay_after_the_window_does_not_post_its_names_again(store, redis, namespace):
    """The processed marker lasts the window, the name memory a year: a late replay of an
    article must not make its rare names look common."""
    await process_extraction(store, report_on("s1", SHOOTING, NOW), NOW)
    key = f"{namespace}:nm:tomas reyes"
    before = await redis.hgetall(key)
    await redis.delete(f"{namespace}:ai:s1")  # the window has passed for this article
    await process_extraction(store, report_on("s1", SHOOTING, NOW), NOW)
    assert before and await redis.hgetall(key) == before


async def test_a_common_name_keeps_its_memory_while_it_is_used(store, redis, namespace):
    """A common name is no longer posted, but its memory is renewed: if it lapsed, the
    name would turn rare again and link unrelated stories."""
    key = f"{namespace}:nm:harbor hall"
    for n in range(RARE_NAME_ARTICLES + 1):
        text = f"Council meets at Harbor Hall\nThe Port Elms council met at Harbor Hall, item {n}."
        await process_extraction(store, report_on(f"h{n}", text, NOW), NOW)
    assert await redis.hlen(key) == RARE_NAME_ARTICLES + 1
    await redis.expire(key, 100)
    text = "Harbor Hall closes for repairs\nHarbor Hall in Port Elms shuts for a month."
    await process_extraction(store, report_on("h-last", text, NOW), NOW)
    assert await redis.hlen(key) == RARE_NAME_ARTICLES + 1
    assert await redis.ttl(key) > 100


async def test_the_vocabulary_keeps_the_last_one_to_two_generations(redis, namespace):
    """Document frequencies come from recent articles, counted by article not by day:
    a sparse feed still has enough of them, a busy one does not grow without bound."""
    store = IncidentStore(redis, namespace, window_days=14, vocabulary_articles=4)
    for n in range(5):
        await process_extraction(store, story_report(f"v{n}", f"Story number {n} of {n}."), NOW)
    assert int(await redis.get(f"{namespace}:vg")) == 2
    assert not await redis.exists(f"{namespace}:vdf:0")
    assert int(await redis.get(f"{namespace}:vn:1")) == 2
    assert int(await redis.get(f"{namespace}:vn:2")) == 1


async def test_candidate_index_entries_leave_with_their_incidents(redis, namespace):
    """Indexes are read by event day, so expiry is tracked apart: memory stays one window."""
    clock = [1_000_000.0]
    store = IncidentStore(redis, namespace, window_days=0.5, clock=lambda: clock[0])
    await process_extraction(store, extraction("r1", attack("r1", 4)), NOW)
    index = f"{namespace}:c:XQ"
    assert await redis.zcard(index) == 1
    clock[0] += store.ttl + 1
    other = attack("r2", 4, location=KELBAR.model_copy(update={"country_code": "XR"}))
    await process_extraction(store, extraction("r2", other), NOW)
    assert await redis.zcard(index) == 0
    assert await redis.zcard(f"{namespace}:c:XR") == 1
    assert await redis.zcard(f"{namespace}:exp") == 1
