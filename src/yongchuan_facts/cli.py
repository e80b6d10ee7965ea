"""Command line: `yongchuan-facts extract FILE|DIR|GLOB… [--format jsonl|csv|table|parquet]`.

`extract` streams JSON Lines (one fact a line, with its document's name in `doc`) as documents
finish, over `--workers` processes, with a progress bar on a terminal; see `corpus.py`.

`yongchuan-facts audit FILE… -o report.html` writes an HTML audit report;
`yongchuan-facts eval --texts DIR --gold DIR [--errors]` scores the extractor against gold.

A table by default on a terminal, JSON Lines when piped. A missing file or one that is not
UTF-8 text is reported with a clear message and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import sys
from collections.abc import Sequence

from .api import check_reference_date, extract

EXIT_BAD_INPUT = 2


class InputError(Exception):
    """A file the CLI cannot read as text."""


def read_text_file(path: pathlib.Path) -> str:
    """The file's text (UTF-8, newlines as they are), or an InputError saying why not."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if b"\x00" in data:
        raise InputError(f"{path}: looks binary (contains NUL bytes), not UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None


def _reference_date(value: str | None) -> object:
    try:
        return check_reference_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yongchuan-facts", description="Typed, auditable facts from Chinese news text."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract facts from text files")
    ex.add_argument("files", nargs="+", metavar="FILE",
                    help="UTF-8 text files, folders (every *.txt below) or globs ('news/**/*.txt')")
    ex.add_argument("--reference-date", type=_reference_date, default=None, metavar="YYYY-MM-DD",
                    help="resolves relative dates (default: the text's dateline, if any)")
    ex.add_argument("--format", choices=("jsonl", "csv", "table", "parquet"), default=None,
                    help="output format (default: table on a terminal, jsonl when piped)")
    ex.add_argument("-o", "--output", default=None, metavar="FILE",
                    help="write here instead of stdout (required for parquet)")
    ex.add_argument("--kinds", default=None, help="comma-separated kinds: metric,date,project")
    ex.add_argument("--workers", type=int, default=None, metavar="N",
                    help="processes (default: 1 for one file, else every CPU)")
    ex.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar on stderr (default: when stderr is a terminal)")
    _add_audit_and_eval(sub)
    return parser


def _add_audit_and_eval(sub: argparse._SubParsersAction) -> None:
    au = sub.add_parser("audit", help="write a self-contained HTML report of the facts")
    au.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files")
    au.add_argument("-o", "--output", required=True, metavar="REPORT.html",
                    help="where to write the report")
    au.add_argument("--reference-date", type=_reference_date, default=None, metavar="YYYY-MM-DD",
                    help="resolves relative dates (default: the text's dateline, if any)")
    au.add_argument("--kinds", default=None, help="comma-separated kinds: metric,date,project")
    au.add_argument("--title", default=None, help="the report's title")
    ev = sub.add_parser("eval", help="score the extractor against gold annotations (FACTS.md)")
    ev.add_argument("--texts", required=True, metavar="DIR", help="folder of raw .txt documents")
    ev.add_argument("--gold", required=True, metavar="DIR", help="folder of gold .jsonl files")
    ev.add_argument("--errors", action="store_true", help="list every miss and false hit")
    ev.add_argument("--kinds", default=None, help="comma-separated kinds: metric,date,project")
    ev.add_argument("--json", default=None, metavar="FILE", help="also write the figures as JSON")


def _extract_command(args: argparse.Namespace) -> int:
    from . import corpus

    fmt = args.format or ("table" if sys.stdout.isatty() and not args.output else "jsonl")
    if fmt == "parquet" and not args.output:
        raise InputError("--format parquet needs -o FILE.parquet")
    inputs = corpus.expand_inputs(args.files)
    workers = args.workers if args.workers is not None else (1 if len(inputs) == 1 else None)
    results = corpus.extract_files(
        inputs, read_text_file, reference_date=args.reference_date,
        kinds=args.kinds.split(",") if args.kinds else None, workers=workers,
        progress=sys.stderr.isatty() if args.progress is None else args.progress,
    )
    try:
        failed = corpus.write_records(results, fmt, args.output, on_error=_report_error)
    except BrokenPipeError:  # `… | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return EXIT_BAD_INPUT if failed else 0


def _report_error(message: str) -> None:
    print(f"yongchuan-facts: error: {message}", file=sys.stderr)


def _audit_command(args: argparse.Namespace) -> int:
    from .outputs.report import TITLE, write_report

    kinds = args.kinds.split(",") if args.kinds else None
    factsets = []
    for name in args.files:
        path = pathlib.Path(name)
        raw = read_text_file(path)
        factsets.append(extract(raw, reference_date=args.reference_date, kinds=kinds,
                                doc=path.name))
    try:
        count = write_report(factsets, args.output, title=args.title or TITLE)
    except OSError as exc:
        raise InputError(f"{args.output}: cannot write the report: {exc.strerror}") from None
    print(f"wrote {args.output}: {len(factsets)} documents, {count} facts", file=sys.stderr)
    return 0


def _eval_command(args: argparse.Namespace) -> int:
    import json

    from .evaluation import evaluate

    result = evaluate(args.texts, args.gold, kinds=args.kinds.split(",") if args.kinds else None)
    if args.errors:
        print("\n".join(str(e) for e in result.errors) + "\n")
    print(result.table())
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(result.to_dict(), indent=2),
                                           encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        commands = {"extract": _extract_command, "audit": _audit_command, "eval": _eval_command}
        return commands[args.command](args)
    except InputError as exc:
        print(f"yongchuan-facts: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValueError as exc:  # e.g. an unknown kind
        print(f"yongchuan-facts: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
