"""A corpus on disk for the CLI: files, folders and globs in, each file's text and facts out.

    $ yongchuan-facts extract news/ 'archive/**/*.txt' --workers 8 -o facts.jsonl
    $ yongchuan-facts extract news/ --format parquet -o facts.parquet

`expand_inputs` turns the arguments into documents: a folder gives every `*.txt` below it (any
letter case: `A.TXT` too), in sorted order, named by its path relative to the folder, and says
which files it skipped and why; a glob gives its matches, named by file name; a file is named
by its name. `read_text` reads one file, refusing one over `MAX_BYTES` before reading it, and
decodes it (`decode`). `extract_files` reads the files lazily and extracts them over a process
pool (`batch.iter_extract`), in order. Nothing here serializes a fact: the CLI turns each
FactSet into records with the public output functions (`outputs.records.to_records`, or
`figure_records` for the figure table) and writes them with the library's own writers
(`records.write_jsonl`/`write_csv`, which `to_jsonl`/`to_csv` use too, `parquet.write_batches`,
`records.to_table`), atomically (`outputs/stream.py`).

Offsets are into the decoded text. For UTF-8, that is the text `open(path, encoding="utf-8",
newline="")` gives, as FACTS.md and the README read a file: a byte order mark stays in it as
U+FEFF, character 0, so offsets agree with that reading. For any other encoding, it is the
text `open(path, encoding=ENCODING, newline="")` gives with the encoding named on stderr.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import os
import pathlib
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .api import MAX_CHARS
from .batch import DocumentError, iter_extract, progress_bar
from .rules.ruleset import RuleSet
from .schema.factset import FactSet

# A file over this many bytes cannot decode to MAX_CHARS characters or fewer in any encoding
# we read (4 bytes a character at most), so it is refused before a byte of it is read.
MAX_BYTES = 4 * MAX_CHARS
_READ_CHUNK = 1 << 20
_GLOB_CHARS = frozenset("*?[")
# What charset-normalizer may choose among when a file is not UTF-8: what Chinese text is in.
DETECTED = ("gb18030", "big5", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be")
# Byte order marks, longest first (a UTF-32 LE mark starts like a UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


class InputError(Exception):
    """A file the CLI cannot read as text, or an argument naming no file."""


class NoInputError(InputError, ValueError):
    """A folder or glob that names no text file."""


@dataclass(frozen=True, slots=True)
class Input:
    path: pathlib.Path
    doc: str  # the name each of its facts carries


@dataclass(frozen=True, slots=True)
class Skipped:
    path: pathlib.Path
    why: str


def _is_text_file(p: pathlib.Path) -> bool:
    return p.suffix.lower() == ".txt"


def _in_folder(folder: pathlib.Path, skipped: list[Skipped]) -> list[Input]:
    found: list[pathlib.Path] = []
    for p in sorted(folder.rglob("*")):
        if p.is_dir():
            continue
        if not p.is_file():
            skipped.append(Skipped(p, "not a regular file"))
        elif _is_text_file(p):
            found.append(p)
        else:
            skipped.append(Skipped(p, "not a .txt file"))
    if not found:
        raise NoInputError(f"{folder}: folder has no .txt file")
    return [Input(p, p.relative_to(folder).as_posix()) for p in found]


def _globbed(pattern: str) -> list[Input]:
    found = sorted(pathlib.Path(p) for p in glob.glob(pattern, recursive=True))
    files = [p for p in found if p.is_file()]
    if not files:
        raise NoInputError(f"{pattern}: no file matches")
    return [Input(p, p.name) for p in files]


def expand_inputs(
    args: Sequence[str], skipped: list[Skipped] | None = None
) -> list[Input]:
    """Files, folders and glob patterns → documents, each file once, in the order given.

    Files a folder holds but that are not `*.txt` are appended to `skipped`, with why.
    """
    inputs: list[Input] = []
    seen: set[pathlib.Path] = set()
    skipped = [] if skipped is None else skipped
    for arg in args:
        path = pathlib.Path(arg)
        if path.is_dir():
            found = _in_folder(path, skipped)
        elif not path.exists() and _GLOB_CHARS & set(arg):
            found = _globbed(arg)
        else:  # a file, or a missing one: the reader reports it in its place
            found = [Input(path, path.name)]
        for inp in found:
            key = inp.path.resolve()
            if key not in seen:
                seen.add(key)
                inputs.append(inp)
    return inputs


def read_bytes(path: pathlib.Path, limit: int | None = None) -> bytes:
    """The file's bytes; a file over `limit` bytes is refused before it is read.

    A regular file's size is known up front; a device or pipe (`/dev/zero`) is read a chunk at
    a time and refused at the first byte past the limit, so memory stays bounded by it.
    """
    limit = MAX_BYTES if limit is None else limit
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise InputError(f"{path}: too large ({info.st_size:,} bytes; at most "
                                 f"{limit:,}): split it into documents")
            chunks, size = [], 0
            while size <= limit and (chunk := fh.read(min(_READ_CHUNK, limit + 1 - size))):
                chunks.append(chunk)
                size += len(chunk)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if size > limit:
        raise InputError(f"{path}: too large (more than {limit:,} bytes): split it into documents")
    return b"".join(chunks)


def _detect(data: bytes) -> str | None:
    """GB18030 (GBK), Big5 or BOM-less UTF-16/32, as charset-normalizer judges it, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(DETECTED)).best()
    return None if best is None else codecs.lookup(best.encoding).name


def _common(c: str) -> bool:
    cp = ord(c)
    return (c.isascii() and (c.isprintable() or c.isspace())) or 0x3000 <= cp <= 0x303F \
        or 0x4E00 <= cp <= 0x9FFF or 0xFF00 <= cp <= 0xFFEF or 0x2000 <= cp <= 0x206F


def _plausible(text: str) -> bool:
    """Whether a UTF-16/32 reading looks like the text this library reads: mostly ASCII,
    common Chinese characters and punctuation. Any even run of bytes decodes as UTF-16, so a
    byte order mark alone proves little (`FF FE B0 C0 …` reads as 삶, 䜠: not a text)."""
    sample = text[:10_000].lstrip("\ufeff")
    return bool(sample) and sum(map(_common, sample)) * 2 >= len(sample)


def _by_bom(data: bytes) -> tuple[str, str] | None:
    """The text and encoding its byte order mark names, if it has one and reads as such."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                return None  # a mark followed by something else: let detection judge
            return (text, name) if name == "utf-8" or _plausible(text) else None
    return None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in; ValueError when it is not text.

    With `encoding`, that one; else a byte order mark's, else UTF-8, else what
    charset-normalizer finds among `DETECTED`. A UTF-8 mark is kept as U+FEFF (see above).
    """
    if encoding:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except UnicodeDecodeError as exc:
            raise ValueError(f"not {encoding} text (byte {exc.start}: {exc.reason})") from None
    marked = _by_bom(data)
    if marked is not None:
        return marked
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"byte {exc.start}: {exc.reason}"
    else:
        if b"\x00" not in data:
            return text, "utf-8"
        utf8_error = "contains NUL bytes"
    found = _detect(data)
    if found is not None:
        text = data.decode(found)
        if not found.startswith("utf") or _plausible(text):
            return text, found
    if b"\x00" in data:
        raise ValueError("looks binary (contains NUL bytes), not UTF-8 or UTF-16 text")
    raise ValueError(f"not UTF-8 text ({utf8_error}), nor GB18030, Big5 or UTF-16: name its "
                     "encoding with --encoding")


def read_text(
    path: pathlib.Path, encoding: str | None = None,
    note: Callable[[str], None] | None = None,
) -> str:
    """A file's text (newlines as they are), or an InputError saying why not.

    `note` hears the encoding a file was read in when it was not UTF-8.
    """
    data = read_bytes(path)
    try:
        text, used = decode(data, encoding)
    except ValueError as exc:
        raise InputError(f"{path}: {exc}") from None
    if note is not None and used != "utf-8" and not encoding:
        note(f"{path}: read as {used}")
    return text


def load_rules(path: str | os.PathLike[str]) -> list[RuleSet]:
    """Every `RuleSet` a Python file defines at its top level (`--rules my_rules.py`).

    The file is imported by its name from its folder (which goes on `sys.path`), so that worker
    processes, forked or spawned, find its rule functions by the same name.
    """
    import importlib
    import sys

    file = pathlib.Path(path).resolve()
    if not file.is_file() or file.suffix != ".py":
        raise InputError(f"{path}: no such Python file of rules")
    name = file.stem
    if not name.isidentifier():
        raise InputError(f"{path}: a rules file needs a name Python can import (my_rules.py)")
    loaded = sys.modules.get(name)
    if loaded is None:
        sys.path.insert(0, str(file.parent))
        try:
            loaded = importlib.import_module(name)
        except Exception as exc:
            raise InputError(f"{path}: cannot load rules: {type(exc).__name__}: {exc}") from None
    if pathlib.Path(getattr(loaded, "__file__", "") or "").resolve() != file:
        raise InputError(f"{path}: another module named {name!r} is already imported; "
                         "rename the rules file")
    found = [v for v in vars(loaded).values() if isinstance(v, RuleSet)]
    if not found:
        raise InputError(f"{path}: defines no RuleSet (rules = RuleSet('metric') …)")
    return found


Outcome = FactSet | DocumentError | str  # a str: why the file could not be read


def extract_files(
    inputs: Sequence[Input],
    read: Callable[[pathlib.Path], str],
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | None = None,
    rules: Sequence[RuleSet] = (),
    workers: int | None = None,
    progress: bool = False,
) -> Iterator[tuple[Input, Outcome]]:
    """Each input with its facts (or why it failed), in order, read lazily as workers need."""
    unreadable: dict[int, str] = {}

    def texts() -> Iterator[str]:
        for i, inp in enumerate(inputs):
            try:
                yield read(inp.path)
            except Exception as exc:  # the reader's own message: 'no such file', 'not UTF-8'
                unreadable[i] = str(exc)
                yield ""  # keeps the order; replaced by the message below

    results: Iterator[FactSet | DocumentError] = iter_extract(
        texts(), docs=[inp.doc for inp in inputs], reference_dates=reference_date,
        kinds=kinds, rules=rules, workers=workers,
    )
    if progress:
        results = progress_bar(results, total=len(inputs), unit="file")
    for i, (inp, result) in enumerate(zip(inputs, results, strict=True)):
        why = unreadable.pop(i, None)
        yield inp, result if why is None else why


def failure_message(inp: Input, outcome: Outcome) -> str | None:
    """Why a document gave no facts, or None when it did."""
    if isinstance(outcome, FactSet):
        return None
    if isinstance(outcome, str):
        return outcome
    return f"{inp.path}: {outcome.error}: {outcome.message}"


__all__ = ["MAX_BYTES", "Input", "InputError", "NoInputError", "Skipped", "decode",
           "expand_inputs", "extract_files", "failure_message", "load_rules", "read_bytes",
           "read_text"]
