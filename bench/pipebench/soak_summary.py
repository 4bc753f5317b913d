"""The soak's samples as a few rows: memory, lag and CPU cost per article as articles pass.

Rows at every `step` articles through dedup: resident memory of each process,
Redis used_memory and keys, consumer lag, and CPU milliseconds per article of each
process over the preceding step (growth there means a cost that rises with
history, e.g. the broker's per-request cost as batches pile up in a partition).
"""

from __future__ import annotations


def summarise(samples: list[dict], step: int = 5000) -> list[dict]:
    rows: list[dict] = []
    previous = samples[0] if samples else None
    next_mark = step
    for s in samples:
        if s["dedup"] < next_mark:
            continue
        assert previous is not None
        done = max(s["dedup"] - previous["dedup"], 1)
        rows.append({
            "articles": s["dedup"], "t_s": s["t_s"], "sent": s["sent"],
            "rss_mb": s["rss_mb"], "redis_used_mb": s["redis_used_mb"],
            "redis_keys": s["redis_keys"], "lag": s["lag"],
            "cpu_ms_per_article": {h: round(1000 * (s["cpu_s"][h] - previous["cpu_s"].get(h, 0))
                                            / done, 2) for h in s["cpu_s"]},
        })
        previous = s
        next_mark = (s["dedup"] // step + 1) * step
    return rows


def render(rows: list[dict]) -> str:
    lines = [f"{'articles':>9} {'t_s':>7} {'lag ext':>8} {'redis MB':>9} {'keys':>8} "
             f"{'RSS ext/dedup/alert/ingest/broker/redis MB':>44}  "
             "CPU ms/article ext/dedup/alert/broker"]
    for r in rows:
        m, c = r["rss_mb"], r["cpu_ms_per_article"]
        lines.append(
            f"{r['articles']:>9} {r['t_s']:>7} {r['lag'].get('extract', 0):>8.0f} "
            f"{r['redis_used_mb']:>9} {r['redis_keys']:>8} "
            f"{m.get('extract')}/{m.get('dedup')}/{m.get('alert')}/{m.get('ingest')}/"
            f"{m.get('broker')}/{m.get('redis'):<20}  "
            f"{c.get('extract')}/{c.get('dedup')}/{c.get('alert')}/{c.get('broker')}")
    return "\n".join(lines)
