"""The benchmark's table and JSON: the figures, their ratios, and the machine they came from."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path


def machine() -> dict:
    """What the numbers were measured on, and how busy it was when we started."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=Path(__file__).parent).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "mem_gb": round(int(mem) / 2**20, 1),
            "python": sys.version.split()[0], "platform": platform.platform(),
            "load_avg_at_start": os.getloadavg(), "commit": commit,
            "when": datetime.now(UTC).isoformat(timespec="seconds")}


def ratios(result: dict) -> dict:
    """pipeline / extraction alone and pipeline / ceiling, on GVA articles."""
    alone = result["extraction_alone"]["per_s_cpu"]
    ceiling = result["ceiling"]["produce_consume_per_s"]
    out = {}
    for config in result["pipeline"]:
        run = config["gva_burst"]
        rate = run["per_s"]
        extract_cpu = sum(v for h, v in run["cpu_s_by_process"].items() if h.startswith("extract"))
        per_cpu = run["articles"] / extract_cpu if extract_cpu else None
        out[config["label"]] = {
            "pipeline_per_s": rate, "vs_extraction_alone": round(rate / alone, 2),
            "vs_ceiling": round(rate / ceiling, 4),
            "extract_process_per_cpu_s": round(per_cpu, 1) if per_cpu else None,
            "extract_process_vs_alone_per_cpu_s": round(per_cpu / alone, 2) if per_cpu else None,
        }
    return out


def render(result: dict) -> str:
    """A plain-text table of every figure."""
    ex, ce = result["extraction_alone"], result["ceiling"]
    lines = [
        f"machine: {result['machine']['cpu']} x{result['machine']['cores']}, "
        f"load at start {result['machine']['load_avg_at_start']}",
        f"ceiling (raw aiokafka, {ce['articles']} articles of {ce['mean_bytes']} B): "
        f"produce {ce['produce_per_s']}/s, produce->consume {ce['produce_consume_per_s']}/s",
        f"extraction alone ({ex['articles']} GVA articles): {ex['per_s_cpu']}/s per CPU-second "
        f"({ex['ms_per_article_cpu']} ms each), {ex['per_s_wall']}/s wall",
        "",
        f"{'config':<22}{'gva/s':>8}{'alert/s':>9}{'p50@50':>8}{'p95@50':>8}{'p99@50':>8}"
        f"{'rate@max':>9}{'p50@max':>8}{'p99@max':>8}{'p99burst':>9}",
    ]
    for c in result["pipeline"]:
        s50, smax, ab = c["steady_50"], c["steady_max"], c["alerting_burst"]
        lines.append(
            f"{c['label']:<22}{c['gva_burst']['per_s']:>8}{ab['per_s']:>9}"
            f"{_v(s50['p50_ms']):>8}{_v(s50['p95_ms']):>8}{_v(s50['p99_ms']):>8}"
            f"{_v(smax['rate_sent']):>9}{_v(smax['p50_ms']):>8}{_v(smax['p99_ms']):>8}"
            f"{_v(ab['p99_ms']):>9}")
    lines.append("")
    for label, r in result["ratios"].items():
        lines.append(f"{label}: pipeline/extraction-alone {r['vs_extraction_alone']:.2f}, "
                     f"pipeline/ceiling {r['vs_ceiling']:.4f}; extract process "
                     f"{r['extract_process_per_cpu_s']}/CPU-s "
                     f"({r['extract_process_vs_alone_per_cpu_s']} of extraction alone)")
    for mark in result.get("memory", {}).get("marks", []):
        lines.append(
            f"after {mark['articles']} articles: RSS MB {mark['rss_mb']}; Redis "
            f"{mark['redis_used_mb']} MB ({mark['redis_growth_mb']} MB grown, "
            f"{mark['redis_keys']} keys); {mark['bytes_per_article_fingerprint']} B per article "
            f"fingerprint + {mark['bytes_per_article_record']} B article record, "
            f"{mark['bytes_per_incident']} B per incident ({mark['incidents']} incidents)")
    return "\n".join(lines)


def _v(value: object) -> str:
    return "-" if value is None else str(round(value)) if isinstance(value, float) else str(value)
