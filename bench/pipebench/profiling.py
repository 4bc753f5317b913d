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
    """Shares (%) of the event-loop thread's samples: waiting, and each function of interest.

    Only the main thread is counted (Faust's consumer runs its own thread). A
    sample whose innermost frame is the selector is the loop waiting for I/O
    (broker, Redis, fetch): py-spy counts it, so it is reported as `waiting`.
    """
    inclusive: Counter[str] = Counter()
    leaf: Counter[str] = Counter()
    total = waiting = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack.startswith("_run_module_as_main"):  # other threads start in threading
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        if frames[-1].split(" (")[0].endswith(".select"):
            waiting += n
            continue
        names = {f.split(" (")[0].strip() for f in frames}
        for func, label in INCLUSIVE.items():
            if func in names:
                inclusive[label] += n
        leaf[_library(frames[-1])] += n
    if not total:
        return {"samples": 0}
    return {"main_thread_samples": total, "waiting_pct": round(100 * waiting / total, 1),
            "inclusive_pct": {k: round(100 * v / total, 1) for k, v in inclusive.most_common()},
            "busy_leaf_pct": {k: round(100 * v / total, 1) for k, v in leaf.most_common(12)}}


def _library(frame: str) -> str:
    if " (" not in frame:
        return frame
    path = frame.split(" (", 1)[1].rsplit(":", 1)[0]
    if "site-packages/" in path:
        path = path.split("site-packages/", 1)[1]
    if path.startswith("wirewatch/"):
        return path.removesuffix(".py")
    top = path.lstrip("<").split("/")[0].removesuffix(".py")
    return f"stdlib:{top}" if top in sys.stdlib_module_names else top
