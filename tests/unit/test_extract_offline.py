"""`wirewatch extract`: one output line per input line, errors in-line, never a crash."""

from __future__ import annotations

import io

import orjson

from wirewatch.extract.offline import run_offline_extract


def run(lines: list[str]) -> list[dict]:
    out = io.StringIO()
    assert run_offline_extract(io.StringIO("\n".join(lines) + "\n"), out) == 0
    return [orjson.loads(line) for line in out.getvalue().splitlines()]


def test_article_line_gives_its_incidents():
    line = orjson.dumps({"id": "x1", "text": "Gunmen killed four soldiers on Monday."}).decode()
    [result] = run([line])
    assert result["id"] == "x1"
    assert result["incidents"][0]["killed"] == 4
    assert result["incidents"][0]["id"] == "x1#0"


def test_bad_lines_give_error_lines_and_the_run_goes_on():
    good = orjson.dumps({"id": "ok", "text": "Two people died in a blast."}).decode()
    results = run(["{not json", '{"id": "blank", "text": "  "}', "[1]", good])
    assert [("error" in r) for r in results] == [True, True, True, False]
    assert results[1]["id"] == "blank"
    assert results[3]["incidents"][0]["killed"] == 2


def test_published_at_and_title_are_accepted():
    line = orjson.dumps({
        "id": "p", "text": "Three villagers were killed.", "title": "Raid",
        "published_at": "2020-05-01T08:00:00+00:00",
    }).decode()
    [result] = run([line])
    assert result["incidents"][0]["published_at"].startswith("2020-05-01")
