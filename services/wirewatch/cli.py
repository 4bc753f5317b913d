"""The `wirewatch` command: services, offline tools, the alert follower and evaluation.

Imports are lazy so `wirewatch --help` stays fast and each command loads only
what it needs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Real-time incident intelligence from news wires.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score the extractor and the deduplicator on labelled data.")
app.add_typer(eval_app, name="eval")


@app.command()
def up(
    feed: Annotated[
        Path | None, typer.Option(help="Ingest this file once everything is ready")
    ] = None,
    follow: Annotated[bool, typer.Option(help="Keep running after the feed")] = True,
    timeout: Annotated[
        float, typer.Option(help="With --no-follow: stop this long after the last alert")
    ] = 20.0,
) -> None:
    """Run the whole pipeline locally (embedded broker and Redis unless configured)."""
    from wirewatch.runtime.up import run_up

    raise typer.Exit(run_up(feed=feed, follow=follow, idle_timeout=timeout))


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, or - for stdin")] = None,
    serve: Annotated[bool, typer.Option(help="Run the ingest HTTP API service")] = False,
    feed: Annotated[list[str] | None, typer.Option(help="RSS/Atom feed URL to poll")] = None,
    every: Annotated[float, typer.Option(help="Seconds between feed polls")] = 60.0,
    once: Annotated[bool, typer.Option(help="Poll feeds once and stop")] = False,
    content_format: Annotated[
        str | None,
        typer.Option("--format", help="jsonl, ninjs, newsml, feed, html or text (default: guess)"),
    ] = None,
) -> None:
    """Publish articles to `articles`: from files, feeds, or as the HTTP API service."""
    from wirewatch.ingest.commands import run_ingest

    raise typer.Exit(run_ingest(paths or [], serve, feed or [], every, once, content_format))


@app.command()
def extract(
    serve: Annotated[bool, typer.Option(help="Run the extract stream processor")] = False,
) -> None:
    """Read article JSONL on stdin, write incidents JSONL on stdout (or --serve)."""
    if serve:
        from wirewatch.runtime.workers import run_worker

        raise typer.Exit(run_worker("extract"))
    from wirewatch.extract.offline import run_offline_extract

    raise typer.Exit(run_offline_extract(sys.stdin, sys.stdout))


@app.command()
def dedup() -> None:
    """Run the dedup stream processor (incidents.raw -> incidents, state in Redis)."""
    from wirewatch.runtime.workers import run_worker

    raise typer.Exit(run_worker("dedup"))


@app.command()
def alert() -> None:
    """Run the alert stream processor (incidents -> alerts, state in Redis)."""
    from wirewatch.runtime.workers import run_worker

    raise typer.Exit(run_worker("alert"))


@app.command()
def dedupe(
    namespace: Annotated[
        str | None, typer.Option(help="Redis key namespace for an isolated run")
    ] = None,
) -> None:
    """Read article JSONL on stdin in order; write duplicate_of and incident ids per article."""
    from wirewatch.dedup.offline import run_offline_dedupe

    raise typer.Exit(run_offline_dedupe(sys.stdin, sys.stdout, namespace))


@app.command()
def alerts(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
    from_beginning: Annotated[bool, typer.Option(help="Start at the oldest alert")] = False,
    follow: Annotated[bool, typer.Option(help="Keep waiting for new alerts")] = False,
    timeout: Annotated[
        float | None, typer.Option(help="Stop after this many seconds without a new alert")
    ] = None,
) -> None:
    """Print alerts from the `alerts` topic."""
    from wirewatch.alert.follower import run_follower

    raise typer.Exit(run_follower(as_json, from_beginning, follow, timeout))


@app.command()
def schemas(
    check: Annotated[bool, typer.Option(help="Fail if schemas/ is out of date")] = False,
) -> None:
    """Regenerate the JSON Schemas and the AsyncAPI document in schemas/."""
    from wirewatch.schema_export import write_schemas

    raise typer.Exit(write_schemas(Path("schemas"), check=check))


@eval_app.command("extraction")
def eval_extraction(
    directory: Annotated[Path, typer.Argument(help="Folder with the labelled JSONL sets")],
    limit: Annotated[int | None, typer.Option(help="At most this many rows per set")] = None,
) -> None:
    """Score extraction on the labelled sets and print one table."""
    from wirewatch.evaluation.extraction import run_extraction_eval

    raise typer.Exit(run_extraction_eval(directory, limit))


@eval_app.command("dedup")
def eval_dedup(
    directory: Annotated[Path, typer.Argument(help="Folder with the dedup JSONL sets")],
    limit: Annotated[int | None, typer.Option(help="At most this many topics per set")] = None,
) -> None:
    """Score deduplication pairwise on the labelled sets and print one table."""
    from wirewatch.evaluation.dedup import run_dedup_eval

    raise typer.Exit(run_dedup_eval(directory, limit))


def main() -> None:
    """Console entry point: configuration problems are one line on stderr, not a traceback."""
    from wirewatch.runtime.errors import RuntimeNotFound

    try:
        app()
    except RuntimeNotFound as exc:
        print(f"wirewatch: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
