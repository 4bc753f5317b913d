"""Sampling profiles of the running workers (py-spy), summarised by where time goes.

py-spy attaches to a live process without changing it, so the profile is of
the real service under real load. Each summary gives the share of samples
spent inside a few functions that matter (extraction, cleaning, fingerprints,
Redis, JSON, Faust/aiokafka) and the libraries the innermost frames belong to.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from collections import Counter
from pathlib import Path

INCLUSIVE = {
    "extract_incidents": "extraction (core/extraction)",
    "clean_text": "cleaning (core/cleaning, all calls)",
    "find_or_add": "article index (MinHash + Redis)",
    "article_minhash": "MinHash signature",
    "process_extraction": "dedup processing (matching + Redis)",
    "best_match": "incident matching",
    "decode": "decode + validate (stage.decode)",
    "encode": "encode (model_dump_json)",
    "send": "Faust send + await ack",
    "execute": "Redis pipeline execute",
    "_process_one": "whole record (_process_one)",
    "generate_latest": "Prometheus /metrics",
}


def py_spy() -> str | None:
    """The py-spy binary next to this interpreter, or on PATH."""
    local = Path(sys.executable).parent / "py-spy"
    return str(local) if local.exists() else shutil.which("py-spy")


async def record(pids: dict[str, int], seconds: float, out_dir: Path) -> dict[str, Path]:
    """Sample every process for `seconds` at 100 Hz, all at once; raw collapsed stacks."""
    binary = py_spy()
    if binary is None:
        return {}
    out_dir.mkdir(parents=True, exist_ok=True)
    procs, paths = [], {}
    for handle, pid in pids.items():
        path = out_dir / f"{handle.replace('#', '-')}.raw"
        procs.append(await asyncio.create_subprocess_exec(
            binary, "record", "-p", str(pid), "-d", str(int(seconds)), "-r", "100",
            "-f", "raw", "-o", str(path), "--nonblocking",
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL))
        paths[handle] = path
    await asyncio.gather(*(p.wait() for p in procs))
    return {h: p for h, p in paths.items() if p.exists()}


def summarise(path: Path) -> dict:
    """Shares of samples (%) by function of interest and by the innermost frame's library."""
    inclusive: Counter[str] = Counter()
    leaf: Counter[str] = Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        names = {f.split(" (")[0].strip() for f in frames}
        for func, label in INCLUSIVE.items():
            if func in names:
                inclusive[label] += n
        leaf[_library(frames[-1])] += n
    if not total:
        return {"samples": 0}
    return {"samples": total,
            "inclusive_pct": {k: round(100 * v / total, 1) for k, v in inclusive.most_common()},
            "leaf_pct": {k: round(100 * v / total, 1) for k, v in leaf.most_common(12)}}


def _library(frame: str) -> str:
    if " (" not in frame:
        return frame
    path = frame.split(" (", 1)[1].rsplit(":", 1)[0]
    if "wirewatch/" in path and "site-packages" not in path:
        return "wirewatch/" + path.split("wirewatch/", 1)[1].removesuffix(".py")
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/")[0]
    return "stdlib:" + "/".join(path.split("/")[-2:]).removesuffix(".py")
