"""The ``wirecoder`` command. Each command translates its options into one library call.

Exit codes: 0 everything went through, 1 some inputs were rejected, 2 nothing went through
(or the command line itself was wrong).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from wirecoder.errors import InputError, WirecoderError

EXIT_OK, EXIT_SOME, EXIT_NONE = 0, 1, 2

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="rich",
                  pretty_exceptions_show_locals=False,
                  help="News in, event data out: PLOVER/CAMEO events with evidence, dates and places.")
actors_app = typer.Typer(no_args_is_help=True, help="Ask the actor dictionaries.")
app.add_typer(actors_app, name="actors")
places_app = typer.Typer(no_args_is_help=True, help="Ask or build the offline gazetteer.")
app.add_typer(places_app, name="places")
err = Console(stderr=True, highlight=False, soft_wrap=True)


class OutFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


# options several commands share, defined once
DbOpt = Annotated[str, typer.Option("--db", help="Store: a SQLite file, or a postgresql:// URL.")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="TOML file with settings (see README).")]
PublishedOpt = Annotated[Optional[str], typer.Option(
    "--published", help="Publication date (YYYY-MM-DD) for inputs that carry none (plain text).")]
RejectsOpt = Annotated[Optional[Path], typer.Option(
    "--rejects", help="Write every rejected input as a JSON line {source, record, reason} to this file.")]
ActorsOpt = Annotated[Optional[list[Path]], typer.Option("--actors", help="Extra actor dictionary CSV (repeatable).")]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="JSON/CSV field holding the article text.")]
IdFieldOpt = Annotated[str, typer.Option("--id-field", help="JSON/CSV field holding the article id.")]
DateFieldOpt = Annotated[Optional[list[str]], typer.Option(
    "--date-field", help="JSON/CSV field(s) holding the publication date (default: published, date).")]

FollowLinksOpt = Annotated[bool, typer.Option(
    "--follow-links", help="RSS/Atom feeds: download each item's link and code the page, not the item's summary.")]
MaxBytesOpt = Annotated[int, typer.Option(
    "--max-bytes", help="Largest download, HTML page, feed or WARC record read whole, in bytes; larger ones are rejected.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Seconds a download may wait for the server.")]
RetriesOpt = Annotated[int, typer.Option(
    "--retries", help="Attempts per download when the server may recover (no connection, HTTP 5xx or 429).")]


class Rejects:
    """Reports rejected inputs: one line each on stderr, and optionally a JSONL report."""

    def __init__(self, path: Path | None):
        self.count = 0
        self.handle = path.open("w", encoding="utf-8") if path else None

    def __call__(self, error: InputError) -> None:
        self.count += 1
        err.print(f"wirecoder: skipped {error}", markup=False)
        if self.handle:
            self.handle.write(json.dumps(error.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self.handle:
            self.handle.close()


def _options(config: Path | None, **overrides):
    from wirecoder.config import load_options

    return load_options(config, **overrides)


def _read_options(published, text_field="text", id_field="id", date_field=None, max_chars=200_000, **fetching):
    from wirecoder.ingest import ReadOptions
    from wirecoder.ingest.base import iso_date

    if fetching.get("max_bytes", 1) < 1 or fetching.get("timeout", 1) <= 0 or fetching.get("attempts", 1) < 1:
        raise WirecoderError("--max-bytes, --timeout and --retries must be positive")
    return ReadOptions(published=iso_date(published, "--published") if published else None,
                       max_chars=max_chars, text_field=text_field, id_field=id_field,
                       date_fields=tuple(date_field) if date_field else ("published", "date"), **fetching)


def _exit(ok: int, rejected: int) -> None:
    if rejected and not ok:
        raise typer.Exit(EXIT_NONE)
    raise typer.Exit(EXIT_SOME if rejected else EXIT_OK)


@app.command()
def extract(
    inputs: Annotated[Optional[list[str]], typer.Argument(help="Files or folders to code; '-' or nothing reads stdin.")] = None,
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat.table,
    published: PublishedOpt = None,
    rejects: RejectsOpt = None,
    actors: ActorsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    date_field: DateFieldOpt = None,
    follow_links: FollowLinksOpt = False,
    max_bytes: MaxBytesOpt = 10_000_000,
    timeout: TimeoutOpt = 30.0,
    retries: RetriesOpt = 3,
    config: ConfigOpt = None,
) -> None:
    """Code articles and print their events (nothing is stored).

    Example: [bold]wirecoder extract --format jsonl articles.jsonl > coded.jsonl[/bold]

    JSONL input records look like {"id", "text", "published" or "date", "title", "url"}.
    Inputs may also be http(s) URLs of pages, feeds or files.
    """
    from wirecoder.export.csv import write_csv
    from wirecoder.ingest import read_inputs
    from wirecoder.pipeline import Extractor

    options = _options(config, actors=tuple(str(a) for a in actors or ()) or None)
    read = _read_options(published, text_field, id_field, date_field, options.max_chars, follow_links=follow_links,
                         max_bytes=max_bytes, timeout=timeout, attempts=retries)
    report = Rejects(rejects)
    coded: list[dict] = []
    ok = 0
    out = sys.stdout
    try:
        for item in Extractor(options).run(read_inputs(inputs or ["-"], read)):
            if isinstance(item, InputError):
                report(item)
                continue
            ok += 1
            rec = item.to_dict()
            if format == OutFormat.jsonl:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                out.flush()
            elif format == OutFormat.csv:
                coded.append(rec)
            else:
                coded.append(rec if format == OutFormat.json else {**rec, "_text": item.text})
    finally:
        report.close()
    if format == OutFormat.json:
        out.write(json.dumps(coded, ensure_ascii=False, indent=2) + "\n")
    elif format == OutFormat.csv:
        write_csv(coded, out)
    elif format == OutFormat.table:
        from wirecoder.display import print_events_table

        print_events_table(Console(), [(rec, rec.pop("_text")) for rec in coded])
    _exit(ok, report.count)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or URLs to code and store; '-' reads stdin.")],
    db: DbOpt = "wirecoder.db",
    published: PublishedOpt = None,
    rejects: RejectsOpt = None,
    actors: ActorsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    date_field: DateFieldOpt = None,
    follow_links: FollowLinksOpt = False,
    max_bytes: MaxBytesOpt = 10_000_000,
    timeout: TimeoutOpt = 30.0,
    retries: RetriesOpt = 3,
    commit_every: Annotated[int, typer.Option(
        "--commit-every", help="Commit after at most this many articles (and at least every 5 seconds); "
        "an interrupted run loses at most that much work.")] = 200,
    config: ConfigOpt = None,
) -> None:
    """Code articles into a store. Articles already stored are skipped, so re-running adds nothing
    (and finishes the work of a run that was killed). Copies of an article (wire or syndicated
    copies) are stored as sources linked to their original and not coded again; events reported
    by several articles are clustered into stories.

    Example: [bold]wirecoder ingest news/ --db events.db[/bold]
    """
    from wirecoder.ingest import read_inputs
    from wirecoder.ingest.dedup import LinkedArticle, code_unique
    from wirecoder.pipeline import Extractor
    from wirecoder.store import open_store
    from wirecoder.store.stories import add_stream, deduplicator

    if commit_every < 1:
        raise WirecoderError("--commit-every must be at least 1")
    options = _options(config, actors=tuple(str(a) for a in actors or ()) or None)
    read = _read_options(published, text_field, id_field, date_field, options.max_chars, follow_links=follow_links,
                         max_bytes=max_bytes, timeout=timeout, attempts=retries)
    store = open_store(db)
    dedup = deduplicator(store)
    report = Rejects(rejects)
    skipped = copies = 0

    def fresh():
        nonlocal skipped
        for item in read_inputs(inputs, read):
            if not isinstance(item, InputError) and (dedup.seen(item.key) or store.has(item.key)):
                skipped += 1
                continue
            yield item

    def coded():
        nonlocal copies
        for item in code_unique(fresh(), Extractor(options).run, dedup):
            if isinstance(item, InputError):
                report(item)
                continue
            copies += isinstance(item, LinkedArticle)
            yield item

    try:
        result = add_stream(store, coded(), dedup, batch_size=commit_every)
        for failure in result.failed:
            report(failure)
    finally:
        report.close()
    added, skipped = result.added, skipped + result.skipped
    counts = store.counts()
    err.print(f"wirecoder: {added} articles added ({copies} of them copies of others, linked and not coded), "
              f"{skipped} already stored, {report.count} rejected; "
              f"store has {counts['articles']} articles, {counts['events']} events", markup=False)
    _exit(added + skipped, report.count)


@app.command()
def events(
    db: DbOpt = "wirecoder.db",
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="Actor or recipient country (ISO alpha-3).")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Part of an actor's or recipient's name.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Events on or before this date (YYYY-MM-DD).")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Include negated and hypothetical events.")] = False,
    limit: Annotated[int, typer.Option("--limit", help="At most this many events (0: no limit).")] = 0,
    stories: Annotated[bool, typer.Option("--stories", help="One row per story (events reported by several "
                                          "articles), with its mentions, sources, outlets and articles.")] = False,
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat.table,
) -> None:
    """List stored events, with filters. Each event carries its story's id and the story's
    mentions and sources (how many articles, and how many outlets, report it).

    Example: [bold]wirecoder events --db events.db --type ASSAULT --country SYR --since 2020-01-01[/bold],
    or [bold]wirecoder events --db events.db --stories[/bold]
    """
    from wirecoder.ingest.base import iso_date
    from wirecoder.record.ontology import EVENT_TYPES
    from wirecoder.store import open_store
    from wirecoder.store import stories as story_store
    from wirecoder.store.query import EventFilter

    if type and type.upper() not in EVENT_TYPES:
        raise WirecoderError(f"--type {type!r} is not a PLOVER type (one of {', '.join(EVENT_TYPES)})")
    f = EventFilter(type=type, country=country, actor=actor, since=iso_date(since, "--since"),
                    until=iso_date(until, "--until"), facts_only=not all_, limit=limit or None)
    store = open_store(db, create=False)
    rows = (story_store.stories if stories else story_store.events)(store, f)
    if format == OutFormat.table:
        from wirecoder.display import print_stored_events

        print_stored_events(Console(), rows)
    elif format == OutFormat.csv:
        from wirecoder.export.csv import STORY_COLUMNS, write_csv

        by_article: dict[str, dict] = {}
        for r in rows:
            art = by_article.setdefault(r["article"]["id"], {**r["article"], "events": []})
            art["events"].append(r)
        write_csv(by_article.values(), sys.stdout, extra=STORY_COLUMNS)
    elif format == OutFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


@app.command()
def export(
    db: DbOpt = "wirecoder.db",
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl: one article per line "
                                                 "(the extract contract); csv: one row per event; parquet: "
                                                 "a folder of Parquet tables, as `batch` writes.")] = ExportFormat.jsonl,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file ('-' for stdout); a folder "
                                        "(or fsspec URL) for parquet.")] = "-",
) -> None:
    """Export the whole store.

    Example: [bold]wirecoder export --db events.db --format csv -o events.csv[/bold]
    """
    from wirecoder.export.csv import STORY_COLUMNS, write_csv
    from wirecoder.export.jsonl import write_jsonl
    from wirecoder.store import open_store
    from wirecoder.store.query import coded_articles
    from wirecoder.store.stories import coded_articles as with_stories

    store = open_store(db, create=False)
    if format == ExportFormat.parquet:
        from wirecoder.export.parquet import write_parquet

        if output == "-":
            raise WirecoderError("--format parquet writes a folder: name it with -o DIR")
        n = write_parquet(coded_articles(store, with_text=True), output)
        err.print(f"wirecoder: exported {n} articles to {output}", markup=False)
        return
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")
    try:
        if format == ExportFormat.jsonl:
            n = write_jsonl(coded_articles(store), out)
        else:
            n = write_csv(with_stories(store), out, extra=STORY_COLUMNS)
    finally:
        if out is not sys.stdout:
            out.close()
    err.print(f"wirecoder: exported {n} {'articles' if format == ExportFormat.jsonl else 'events'}", markup=False)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="JSON-lines or WARC files, folders, or fsspec URLs and globs "
                                                "(s3://bucket/crawl/*.warc.gz) that every worker can read.")],
    out: Annotated[str, typer.Option("--out", help="Output folder (or fsspec URL) for the Parquet shards and "
                                     "manifest; running again into it resumes.")],
    workers: Annotated[int, typer.Option("--workers", help="Worker processes of the local cluster "
                                         "(0: one per core).")] = 0,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Use the running Dask cluster at this "
                                                     "address (tcp://HOST:PORT) instead of a local one.")] = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", help="Cut local JSON-lines files into shards of about "
                                            "this many KiB (0: about 32 per file, 64 KiB to 32 MiB).")] = 0,
    published: PublishedOpt = None,
    rejects: RejectsOpt = None,
    actors: ActorsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    date_field: DateFieldOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Code a big corpus on a Dask cluster into Parquet shards plus a manifest; resumable.

    The shards hold articles, events, actors, places and quotes. Finished shards are never done
    again, so after a crash the same command resumes.

    Example: [bold]wirecoder batch news/*.jsonl --out coded/ --workers 4[/bold], then
    [bold]wirecoder load coded/ --db events.db[/bold]
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from wirecoder.batch.driver import run_batch

    options = _options(config, actors=tuple(str(a) for a in actors or ()) or None)
    read = _read_options(published, text_field, id_field, date_field, options.max_chars)
    report = Rejects(rejects)
    columns = (TextColumn("shards"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("batch", total=None)
            result = run_batch(inputs, out, options, read, workers=workers or None, scheduler=scheduler,
                               chunk_bytes=chunk_size * 1024 or None,
                               progress=lambda done, total: bar.update(task, completed=done, total=total))
        for error in result.errors:
            report(error)
    finally:
        report.close()
    memory = f"; peak worker memory {max(result.peak_memory.values()) / 2**20:.0f} MiB" if result.peak_memory else ""
    err.print(f"wirecoder: {result.done} shards coded ({result.articles} articles), {result.skipped} already "
              f"done, {report.count} rejected{memory}; output in {out}", markup=False)
    _exit(result.articles + result.skipped, report.count)


@app.command()
def load(
    out: Annotated[str, typer.Argument(help="Output folder of `wirecoder batch` (or of `export --format parquet`).")],
    db: DbOpt = "wirecoder.db",
    rejects: RejectsOpt = None,
) -> None:
    """Put the Parquet output of a batch run into a store. Articles already stored are skipped.

    Example: [bold]wirecoder load coded/ --db postgresql://user:pass@host/wirecoder[/bold]
    """
    from wirecoder.batch.output import load_batch
    from wirecoder.store import open_store

    store = open_store(db)
    report = Rejects(rejects)
    try:
        result = load_batch(out, store)
        for failure in result.failed:
            report(failure)
    finally:
        report.close()
    counts = store.counts()
    err.print(f"wirecoder: {result.added} articles added, {result.skipped} already stored, {report.count} not "
              f"stored; store has {counts['articles']} articles, {counts['events']} events", markup=False)
    _exit(result.added + result.skipped, report.count)


@app.command()
def serve(
    db: DbOpt = "wirecoder.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 127.0.0.1 is this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option(
        "--token", envvar="WIRECODER_TOKEN", show_envvar=True,
        help="Bearer token that lets POST /api/articles store new articles; without it the server is read-only.")] = None,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body in bytes (413 above).")] = 1_000_000,
) -> None:
    """Browse, audit and export a store in a web browser, with a JSON API (read-only unless given a token).

    Example: [bold]wirecoder serve --db events.db[/bold], then open http://127.0.0.1:8000
    """
    from wirecoder.store import open_store
    from wirecoder.web.app import WebSettings, create_app
    from wirecoder.web.server import serve as run

    app_ = create_app(open_store(db, create=False), WebSettings(token=token or None, max_body=max_body))
    err.print(f"wirecoder: serving {db} at http://{host}:{port} "
              f"({'writes need the token' if token else 'read-only'})", markup=False)
    run(app_, host, port)


@app.command(name="eval")
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold file(s) in the gold format (JSON lines).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Score only the first N records of each file (0: all).")] = 0,
    actors: ActorsOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Score wirecoder against gold records (event types, actors, dyads, locations, no-event cases).

    Example: [bold]wirecoder eval gold.jsonl --json[/bold]
    """
    from wirecoder.eval.run import evaluate
    from wirecoder.display import print_scores

    options = _options(config, actors=tuple(str(a) for a in actors or ()) or None)
    results = {}
    for path in gold:
        res, errors = evaluate(path, options, limit=limit or None)
        for e in errors:
            err.print(f"wirecoder: skipped {e}", markup=False)
        results[path.stem] = res
    if as_json:
        sys.stdout.write(json.dumps(results, indent=2) + "\n")
    else:
        for name, res in results.items():
            print_scores(Console(), name, res)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the records that extract writes.

    Example: [bold]wirecoder schema > wirecoder.schema.json[/bold]
    """
    from wirecoder.record import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


@actors_app.command("lookup")
def actors_lookup(
    phrase: Annotated[str, typer.Argument(help="A name or word, e.g. 'Moscow' or 'troops'.")],
    on: Annotated[Optional[str], typer.Option("--on", help="Date (YYYY-MM-DD) for officeholders.")] = None,
    actors: ActorsOpt = None,
) -> None:
    """Why is a phrase coded the way it is? Every dictionary entry for it, best first.

    Example: [bold]wirecoder actors lookup "the Kremlin"[/bold]
    """
    from wirecoder.lexicon.actors import ActorLexicon
    from wirecoder.display import print_rows

    rows = ActorLexicon.load(tuple(str(a) for a in actors or ())).explain(phrase, on=on)
    if not rows:
        err.print(f"wirecoder: no dictionary entry for {phrase!r}", markup=False)
        raise typer.Exit(EXIT_SOME)
    print_rows(Console(), rows, ("phrase", "name", "country", "sector", "kind", "start", "end", "file", "line"))


@places_app.command("lookup")
def places_lookup(
    name: Annotated[str, typer.Argument(help="A place name, e.g. 'Paris' or 'Rafah crossing'.")],
    country: Annotated[Optional[list[str]], typer.Option("--country", help="Context country (alpha-3), repeatable.")] = None,
) -> None:
    """Every gazetteer entry a place name can mean, best first for the given context countries.

    Example: [bold]wirecoder places lookup Paris --country USA[/bold]
    """
    from wirecoder.lexicon.gazetteer import Gazetteer
    from wirecoder.display import print_rows

    rows = Gazetteer.load().explain(name, countries=[c.upper() for c in country or ()])
    if not rows:
        err.print(f"wirecoder: no gazetteer entry for {name!r}", markup=False)
        raise typer.Exit(EXIT_SOME)
    print_rows(Console(), rows[:15], ("name", "country", "admin1", "feature", "population", "lat", "lon",
                                      "geonameid", "source", "score"))


@places_app.command("build")
def places_build(
    places: Annotated[Optional[list[Path]], typer.Option("--places", help="Extra gazetteer CSV (repeatable).")] = None,
) -> None:
    """Build the gazetteer index now (it is otherwise built on first use, once).

    Example: [bold]wirecoder places build[/bold]
    """
    from wirecoder.lexicon.gazetteer import build_index, index_path

    extra = tuple(places or ())
    path = index_path(extra)
    if path.exists():
        err.print(f"wirecoder: gazetteer index is up to date ({path.name})", markup=False)
        return
    build_index(path, extra)
    err.print(f"wirecoder: built gazetteer index {path.name}", markup=False)


def main() -> None:
    """Entry point: user errors become one line on stderr, never a traceback."""
    try:
        app()
    except WirecoderError as exc:
        err.print(f"wirecoder: error: {exc}", markup=False)
        sys.exit(EXIT_NONE)
    except KeyboardInterrupt:
        err.print("wirecoder: interrupted", markup=False)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_OK)
