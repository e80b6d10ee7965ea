"""Command line: `yongchuan-facts extract FILE|DIR|GLOB… [--format FORMAT] [-o FILE]`.

`extract` streams JSON Lines (one fact a line, with its document's name in `doc`) as documents
finish, over `--workers` processes, with a progress bar on a terminal when there is more than
one file; see `corpus.py` (inputs, encodings) and `outputs/stream.py` (writers).

`yongchuan-facts audit FILE|DIR|GLOB… -o report.html` writes an HTML audit report;
`yongchuan-facts eval --texts DIR --gold DIR [--errors]` scores the extractor against gold.

A table by default on a terminal (as wide as it), JSON Lines when piped. `extract` and `audit`
go on past a file they cannot read or extract, and list each one at the end with how many were
read; the exit status is then 2. An output is written under a temporary name and renamed when
complete; one that is also an input is refused. A bad option is reported once, at parsing.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import math
import os
import pathlib
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from .api import check_reference_date
from .corpus import Input, InputError, Outcome, Skipped
from .outputs.stream import FORMATS, OutputError

EXIT_BAD_INPUT = 2
KINDS = ("metric", "date", "project")
_SHOWN_SKIPPED = 10


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("yongchuan-facts")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown (not installed)"


def _reference_date(value: str | None) -> object:
    try:
        return check_reference_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _kinds(value: str) -> list[str]:
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(
            f"unknown kind {', '.join(map(repr, unknown)) or repr(value)}; choose from "
            f"{','.join(KINDS)}")
    return kinds


def _workers(value: str) -> int:
    """`--workers`: a whole number of at least 1, refused by argparse like any other bad value."""
    from .batch import checked_workers

    try:
        return checked_workers(int(value))
    except ValueError as exc:  # not a number (int's message) or below 1 (checked_workers')
        raise argparse.ArgumentTypeError(
            f"{value!r} is no number of processes: give a whole number of at least 1"
        ) from exc


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


def _add_inputs(p: argparse.ArgumentParser) -> None:
    """The arguments `extract` and `audit` share: what to read and how to read it."""
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="text files, folders (every *.txt below, any letter case) or globs "
                        "('news/**/*.txt')")
    p.add_argument("--encoding", type=_encoding, default=None, metavar="NAME",
                   help="the files' encoding (default: UTF-8, or GB18030/GBK, Big5, UTF-16 "
                        "as detected)")
    p.add_argument("--reference-date", type=_reference_date, default=None, metavar="YYYY-MM-DD",
                   help="resolves relative dates (default: the text's dateline, if any)")
    p.add_argument("--kinds", type=_kinds, default=None,
                   help="comma-separated kinds: metric,date,project")
    p.add_argument("--rules", action="append", default=[], metavar="FILE.py",
                   help="a Python file whose RuleSets are added to the built-in rules "
                        "(repeatable)")
    p.add_argument("--workers", type=_workers, default=None, metavar="N",
                   help="processes (default: 1 for one file, else every CPU)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: on a terminal, for several files)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yongchuan-facts", description="Typed, auditable facts from Chinese news text.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract facts from text files")
    _add_inputs(ex)
    ex.add_argument("--format", choices=FORMATS, default=None,
                    help="output format (default: table on a terminal, jsonl when piped); "
                         "figures: one row per metric, as CSV when -o ends in .csv or with "
                         "--excel, else JSON Lines")
    ex.add_argument("--excel", action="store_true",
                    help="CSV with a UTF-8 byte order mark, so Excel reads Chinese right")
    ex.add_argument("-o", "--output", default=None, metavar="FILE",
                    help="write here instead of stdout (required for parquet)")
    au = sub.add_parser("audit", help="write a self-contained HTML report of the facts")
    _add_inputs(au)
    au.add_argument("-o", "--output", required=True, metavar="REPORT.html",
                    help="where to write the report")
    au.add_argument("--title", default=None, help="the report's title")
    ev = sub.add_parser("eval", help="score the extractor against gold annotations (FACTS.md)")
    ev.add_argument("--texts", required=True, metavar="DIR", help="folder of raw .txt documents")
    ev.add_argument("--gold", required=True, metavar="DIR", help="folder of gold .jsonl files")
    ev.add_argument("--errors", action="store_true", help="list every miss and false hit")
    ev.add_argument("--kinds", type=_kinds, default=None,
                    help="comma-separated kinds: metric,date,project")
    ev.add_argument("--json", default=None, metavar="FILE", help="also write the figures as JSON")
    return parser


def _error(message: str) -> None:
    print(f"yongchuan-facts: error: {message}", file=sys.stderr)


def _note(message: str) -> None:
    print(f"yongchuan-facts: {message}", file=sys.stderr)


def _report_skipped(skipped: Sequence[Skipped]) -> None:
    if not skipped:
        return
    shown = ", ".join(f"{s.path} ({s.why})" for s in skipped[:_SHOWN_SKIPPED])
    more = f" and {len(skipped) - _SHOWN_SKIPPED} more" if len(skipped) > _SHOWN_SKIPPED else ""
    _note(f"skipped {len(skipped)} file(s) that are not *.txt: {shown}{more}")


class Run:
    """One `extract` or `audit` run over its inputs: what was read, what failed."""

    def __init__(self, args: argparse.Namespace) -> None:
        from . import corpus
        from .corpus import load_rules

        self.args = args
        skipped: list[Skipped] = []
        self.inputs: list[Input] = corpus.expand_inputs(args.files, skipped)
        _report_skipped(skipped)
        self.rules = [rs for path in args.rules for rs in load_rules(path)]
        self.failed: list[str] = []
        self.read = 0

    def check_output(self, output: str | None) -> None:
        from .outputs.stream import check_output

        if output is not None:
            check_output(output, [inp.path for inp in self.inputs])

    def outcomes(self) -> Iterator[tuple[Input, Outcome]]:
        from . import corpus

        args = self.args
        workers = args.workers if args.workers is not None else (
            1 if len(self.inputs) == 1 else None)
        progress = args.progress if args.progress is not None else (
            sys.stderr.isatty() and len(self.inputs) > 1)

        def read(path: pathlib.Path) -> str:
            return corpus.read_text(path, args.encoding, note=_note)

        for inp, outcome in corpus.extract_files(
            self.inputs, read, reference_date=args.reference_date, kinds=args.kinds,
            rules=self.rules, workers=workers, progress=progress,
        ):
            message = corpus.failure_message(inp, outcome)
            if message is None:
                self.read += 1
            else:
                self.failed.append(message)
            yield inp, outcome

    def batches(self, *, figures: bool = False) -> Iterator[list[dict[str, Any]]]:
        """Each document's records (`to_records`), or its figure table (`figure_records`)."""
        from .outputs.records import figure_records, to_records
        from .schema.factset import FactSet

        for inp, outcome in self.outcomes():
            if isinstance(outcome, FactSet):
                yield figure_records(outcome, doc=inp.doc) if figures else \
                    to_records(outcome.facts, doc=inp.doc)

    def finish(self) -> int:
        """Report the files that failed, with how many were read; the exit status."""
        if not self.failed:
            return 0
        _error(f"{len(self.failed)} of {len(self.inputs)} file(s) failed; "
               f"{self.read} read:")
        for message in self.failed:
            print(f"  {message}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _needs_pandas(what: str) -> None:
    """Refuse, before any work, what needs pandas where it is not installed."""
    import importlib.util

    if importlib.util.find_spec("pandas") is None:
        raise InputError(f"{what} needs pandas: pip install 'yongchuan-facts[pandas]'")


def _extract_command(args: argparse.Namespace) -> int:
    from .outputs.stream import atomic_output, write_parquet, write_stream

    to_terminal = args.output is None and sys.stdout.isatty()
    fmt = args.format or ("table" if to_terminal else "jsonl")
    if fmt == "parquet" and not args.output:
        raise InputError("--format parquet needs -o FILE.parquet")
    if args.excel and fmt not in ("csv", "figures"):
        raise InputError(f"--excel is for --format csv or figures, not {fmt}")
    if fmt == "figures":
        _needs_pandas("--format figures")
    run = Run(args)
    run.check_output(args.output)
    if fmt == "parquet":
        write_parquet(run.batches(), args.output)
        return run.finish()
    as_csv = fmt == "csv" or (fmt == "figures" and (
        args.excel or (args.output or "").lower().endswith(".csv")))
    bom = args.excel and as_csv
    width = shutil.get_terminal_size().columns if to_terminal else None

    def write(out: IO[str]) -> None:
        write_stream(run.batches(figures=fmt == "figures"), fmt, out, figures_as_csv=as_csv,
                     width=width)

    if args.output is None:
        if bom:
            sys.stdout.write("\ufeff")
        try:
            write(sys.stdout)
        except BrokenPipeError:  # `… | head`: the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    else:
        with atomic_output(args.output, bom=bom) as out:
            write(out)
    return run.finish()


def _audit_command(args: argparse.Namespace) -> int:
    from .outputs.report import TITLE, write_report
    from .schema.factset import FactSet

    run = Run(args)
    run.check_output(args.output)
    factsets = [outcome for _, outcome in run.outcomes() if isinstance(outcome, FactSet)]
    count = write_report(factsets, args.output, title=args.title or TITLE)
    print(f"wrote {args.output}: {len(factsets)} documents, {count} facts", file=sys.stderr)
    return run.finish()


def _finite(value: Any) -> Any:
    """`value` with every NaN or infinity as None: strict JSON (`eval --json`)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _eval_command(args: argparse.Namespace) -> int:
    import json

    from .evaluation import evaluate
    from .outputs.stream import atomic_output, check_output

    with contextlib.ExitStack() as stack:
        if args.json:  # opened first: an unwritable path is an error before any work
            check_output(args.json)
            out = stack.enter_context(atomic_output(args.json))
        result = evaluate(args.texts, args.gold, kinds=args.kinds)
        if args.errors:
            print("\n".join(str(e) for e in result.errors) + "\n")
        print(result.table())
        if args.json:
            out.write(json.dumps(_finite(result.to_dict()), indent=2, allow_nan=False))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": _extract_command, "audit": _audit_command, "eval": _eval_command}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (InputError, OutputError, ValueError) as exc:  # ValueError: e.g. a bad gold file
        _error(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _error("interrupted (an -o file is left as it was)")
        return 130

if __name__ == "__main__":
    sys.exit(main())
