"""Extraction alone, in this process on one core, and where its time goes.

Throughput is articles per CPU second of this process (the time one core
spends), measured after a warm-up pass so gazetteer loading is not counted;
wall-clock rate is reported too because the machine may be shared. The profile
is cProfile's own time grouped by module: our readers (core/cleaning,
core/extraction/places, dates, numbers, ...) and the libraries they call.
"""

from __future__ import annotations

import cProfile
import pstats
import time
from collections import defaultdict

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article

STAGE_FUNCTIONS = {
    "clean_text": "cleaning (core/cleaning)",
    "split_sentences": "sentence split",
    "segment": "casualty reading + incident segmentation",
    "order_incidents": "incident ordering",
    "tally": "tally with evidence",
    "read_context": "place/date/type/actor readers",
    "model_validate": "pydantic",
}


def measure_extraction(rows: list[dict], warmup: int = 50, passes: int = 1) -> dict:
    """Articles/s on one core (CPU time) and wall clock, over `passes` of `rows`."""
    articles = [Article.model_validate(r) for r in rows]
    for article in articles[:warmup]:
        extract_incidents(article)
    incidents = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for _ in range(passes):
        for article in articles:
            incidents += len(extract_incidents(article))
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    n = len(articles) * passes
    return {"articles": n, "incidents": incidents, "cpu_s": round(cpu, 2),
            "per_s_cpu": round(n / cpu, 1), "per_s_wall": round(n / wall, 1),
            "ms_per_article_cpu": round(1000 * cpu / n, 2),
            "mean_chars": round(sum(len(a.text) for a in articles) / len(articles))}


def profile_extraction(rows: list[dict], limit: int = 600) -> dict:
    """Self time by module and cumulative time of the main steps, as shares of the total.

    Time inside C functions (the regex engine, str methods) is charged to the
    module that called them, so a reader's share includes its regexes.
    """
    articles = [Article.model_validate(r) for r in rows[:limit]]
    for article in articles[:20]:
        extract_incidents(article)
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        extract_incidents(article)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    steps: dict[str, float] = defaultdict(float)
    builtin = 0.0
    for (filename, _line, func), (_cc, _nc, tt, ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename == "~":  # C functions (regex, str methods): charge to their callers
            builtin += tt
            for (cfile, _cline, cfunc), caller_row in callers.items():
                by_module[module_of(cfile, cfunc)] += caller_row[2]
        else:
            by_module[module_of(filename, func)] += tt
        if func in STAGE_FUNCTIONS and "wirewatch" in filename:
            steps[f"{func} ({module_of(filename, func)})"] += ct
    top = sorted(by_module.items(), key=lambda kv: -kv[1])[:18]
    return {
        "articles": len(articles), "profiled_s": round(total, 2),
        "self_time_by_module": {k: round(100 * v / total, 1) for k, v in top},
        "of_which_c_functions": round(100 * builtin / total, 1),
        "cumulative_by_step": {k: round(100 * v / total, 1)
                               for k, v in sorted(steps.items(), key=lambda kv: -kv[1])},
    }


def module_of(filename: str, func: str) -> str:
    """A short module name: wirewatch paths from `core/`, libraries by their package."""
    if filename == "~":
        return "builtins"
    path = filename.replace("\\", "/")
    if "/wirewatch/" in path:
        return path.split("/wirewatch/", 1)[1].removesuffix(".py")
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/")[0].removesuffix(".py")
    return "stdlib:" + path.rsplit("/", 1)[-1].removesuffix(".py")
