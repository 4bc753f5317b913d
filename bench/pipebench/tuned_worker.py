"""A stage worker with Faust knobs overridden from BENCH_* variables, for before/after runs.

    python bench/pipebench/tuned_worker.py extract --serve

runs exactly `wirewatch extract --serve` except for what the environment asks:
BENCH_PRODUCER_LINGER (seconds), BENCH_COMMIT_INTERVAL (seconds), BENCH_UVLOOP=1
and BENCH_NO_MONITOR=1 (Faust's per-event statistics sensor off). Nothing in
the service code changes, so a knob can be measured before it is adopted.
"""

from __future__ import annotations

import os
import sys

import faust


def _overrides() -> dict:
    out: dict = {}
    if "BENCH_PRODUCER_LINGER" in os.environ:
        out["producer_linger"] = float(os.environ["BENCH_PRODUCER_LINGER"])
    if "BENCH_COMMIT_INTERVAL" in os.environ:
        out["broker_commit_interval"] = float(os.environ["BENCH_COMMIT_INTERVAL"])
    return out


class TunedApp(faust.App):
    """faust.App with the benchmark's overrides applied to its settings."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.update(_overrides())
        super().__init__(*args, **kwargs)
        if os.environ.get("BENCH_NO_MONITOR") == "1":
            from faust.sensors import Monitor

            class QuietMonitor(Monitor):
                """Keeps Faust's monitor API but records nothing per event."""

                def on_stream_event_in(self, *a, **k):  # noqa: D102
                    return None

                def on_stream_event_out(self, *a, **k):  # noqa: D102
                    return None

            self.conf.Monitor = QuietMonitor


def main() -> None:
    if os.environ.get("BENCH_UVLOOP") == "1":
        import mode.loop

        mode.loop.use("uvloop")
    faust.App = TunedApp  # workers.build_app looks faust.App up at call time
    from wirewatch.cli import main as cli_main

    sys.argv = ["wirewatch", *sys.argv[1:]]
    cli_main()


if __name__ == "__main__":
    main()
