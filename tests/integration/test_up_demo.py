"""The README's main job: `wirewatch up` over the shipped sample feed prints its alerts.

It starts its own embedded broker and Redis (no WIREWATCH_KAFKA_BOOTSTRAP or
WIREWATCH_REDIS_URL in its environment), exactly as a new user's first run does.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "services" / "wirewatch" / "samples"
ALERT_LINE = re.compile(r"^\[(?:ESCALATION )?[A-Z0-9]+\] .*\(([A-Z?]{2})\) \|", re.MULTILINE)


def expected_alert_countries() -> set[str]:
    key = json.loads((SAMPLES / "expected.json").read_text())
    countries = set()
    for alert in key["expected_alerts"]:
        for incident in key["articles"][alert["incident_group"]]["incidents"]:
            if not incident.get("background") and incident.get("country_code"):
                countries.add(incident["country_code"])
                break
    return countries


def test_up_over_the_sample_feed_prints_its_alerts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREWATCH_")}
    env["WIREWATCH_STATE_DIR"] = str(tmp_path / "state")
    done = subprocess.run(
        [sys.executable, "-m", "wirewatch", "up", "--feed",
         str(SAMPLES / "wire-sample.jsonl"), "--no-follow", "--timeout", "15"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    ready = [line for line in done.stdout.splitlines() if "ready" in line]
    assert ready and "/articles" in ready[0] and ready[0].count("/metrics") == 4
    printed = set(ALERT_LINE.findall(done.stdout))
    wanted = expected_alert_countries()
    assert wanted, "the sample's answer key names no alert"
    assert wanted <= printed, done.stdout
    escalations = sum(a["escalation"] for a in json.loads(
        (SAMPLES / "expected.json").read_text())["expected_alerts"])
    assert done.stdout.count("[ESCALATION ") == escalations, done.stdout
    assert not (tmp_path / "state" / "runtime.json").exists(), "up must clean up after itself"
