"""Split delimited text (.csv/.tsv, any encoding sniff.py found) into numbered rows. Never imports Qt."""

from __future__ import annotations

import csv
import functools
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from operator import itemgetter

from badgedesk.core.bookread import MAX_COLUMNS, trim
from badgedesk.core.rows import Rows


def sniff_delimiter(lines: list[str]) -> str:
    tabbed = [ln for ln in lines if "\t" in ln]
    if 2 * len(tabbed) >= len(lines) and all("\t" in ln for ln in lines if "," in ln or ";" in ln):
        # Tab-separated with commas inside values (Teams' "11/2/26, 9:00:00 AM"): tabs win.
        return "\t"
    commas = lines[0].count(",")
    if (
        commas
        and all(ln.count(",") == commas for ln in lines)
        and not any(c in ln for ln in lines for c in "\"';\t")
    ):
        return ","  # every line has the same commas and no other candidate or quote: what Sniffer says too
    sample = "\n".join(lines)
    counted = _count_delimiter(lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        return counted
    if sniffed != counted and _field_count(lines[0], sniffed) < 2 <= _field_count(lines[0], counted):
        return counted
    return sniffed


def _field_count(line: str, delimiter: str) -> int:
    return max((len(r) for r in csv.reader([line], delimiter=delimiter)), default=0)


def _count_delimiter(lines: list[str]) -> str:
    """Pick the delimiter that splits most lines into the same number (>1) of fields."""
    best, best_key = ",", (0, 0)
    for delimiter in (",", ";", "\t"):
        counts = Counter(len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1)
        if counts:
            width, lines_with_width = counts.most_common(1)[0]
            key = (lines_with_width, width)
            if key > best_key:
                best, best_key = delimiter, key
    return best


_SEP_LINE = re.compile(r'^\s*"?sep=(.)"?\s*$', re.IGNORECASE)


def prepare(text: str) -> tuple[str, str | None]:
    """Drop NULs and a BOM, and an Excel ``sep=`` first line: (text, the delimiter it names or None)."""
    if "\x00" in text:  # a search, where replace() would copy the whole text
        text = text.replace("\x00", "")
    text = text.lstrip("\ufeff")
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]  # not partition(): that copies the rest of the text
    first_line = first_line.split("\r", 1)[0]
    match = _SEP_LINE.match(first_line)
    if match and match.group(1) in ",;\t|":
        return text[len(first_line) :].lstrip("\r").removeprefix("\n"), match.group(1)
    return text, None


def sample_lines(text: str) -> list[str]:
    return [ln for ln in text[:65536].splitlines()[:50] if ln.strip()]


_LINE_LIMIT = 131_072  # csv's field size limit: a longer line goes to csv.reader, which refuses it
_MANY_LINES = 250_000  # more lines than a learner list: read them as a stream (memory stays bounded)


def _no_cr(text: str) -> str | None:
    """Text without quotes, with \\r\\n line breaks made \\n; None when it has quotes, a lone \\r or
    more lines than a learner list."""
    if '"' in text or text.count("\n") > _MANY_LINES:
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None
    return text


def _line_break(text: str) -> str | None:
    """The line break of quote-free ``text``: "\\r\\n" when it holds a \\r (then every line must end
    so: a lone \\r or \\n is looked for later), else "\\n"; None for text with quotes or (perhaps)
    more lines than a learner list."""
    if '"' in text or (len(text) > _MANY_LINES and text.count("\n") > _MANY_LINES):
        return None
    return "\r\n" if "\r" in text else "\n"


def _lines(text: str, newline: str = "\n", long: bool = True) -> list[str] | None:
    """The lines of :func:`_no_cr`'s text; None when there are none or (``long``: looked for here) one
    is longer than csv allows."""
    lines = text.split(newline)
    if lines[-1] == "":
        lines.pop()  # the last line break ends the last record; no empty record follows it
    if not lines or (long and len(text) > _LINE_LIMIT and max(map(len, lines)) > _LINE_LIMIT):
        return None
    return lines


def split_plain(
    text: str, delimiter: str, check: Callable[[int], None] = lambda rows: None
) -> list[tuple[int, list[str]]] | None:
    """What :func:`records` gives, all at once, for text without quotes and with only \\n or \\r\\n line
    breaks (then csv.reader only splits lines at delimiters); None for any other text. ``check`` is
    called with the records split so far after every thousand (it may raise to stop)."""
    plain = _no_cr(text)
    lines = _lines(plain) if plain is not None else None
    if lines is None:
        return None
    out: list[tuple[int, list[str]]] = []
    for start in range(0, len(lines), 1000):
        rows = list(map(str.split, lines[start : start + 1000], itertools.repeat(delimiter)))
        if max(map(len, rows)) <= MAX_COLUMNS and _chunk_clean(rows):
            out += zip(itertools.count(start + 1), rows)  # nothing to strip or trim, no empty record
        else:
            out += (
                (number, cells)
                for number, record in enumerate(rows, start=start + 1)
                if (cells := trim([c.strip() for c in record[:MAX_COLUMNS]]))
            )
        check(start + len(rows))
    return out


# Whitespace str.strip() removes other than the space and the line breaks split_columns deals with.
_OTHER_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n\r")


@functools.cache
def _edge_space(delimiter: str) -> re.Pattern[str]:
    """A space at the start or end of a cell (before or after a delimiter or line break). One pattern,
    starting with the space so the search skips from space to space: four substring tests cost 5×."""
    ends = "[" + re.escape(delimiter) + "\r\n]"
    return re.compile(" (?:(?=" + ends + ")|(?<=" + ends + " ))")


def split_columns(text: str, delimiter: str, check: Callable[[int], None] = lambda rows: None) -> Rows | None:
    """Every line of ``text`` as a row kept in columns (:class:`~badgedesk.core.rows.Rows`, numbered
    from 1), when that is what :func:`records` gives: no quote, only \\n or \\r\\n line breaks, every
    line with the same number (at least one) of delimiters, no line of only delimiters, no cell that
    needs stripping. None for any other text (then see :func:`split_plain`). The cells are cut out of
    text with one ``str.split`` per thousand lines and sliced into columns: no list per row is made.
    ``check`` is called as :func:`split_plain` calls it. The rows are ``clean`` when every cell is
    printable (none has a space at either end: that is checked for all)."""
    newline = _line_break(text)
    if newline is None:
        return None
    if any(c in text for c in _OTHER_SPACES if c != delimiter):
        return None  # a cell may need stripping of more than spaces: let split_plain look
    if text.startswith(" ") or text.endswith(" ") or _edge_space(delimiter).search(text):
        return None
    lines = _lines(text, newline, long=False)  # a long line is looked for a thousand lines at a time
    if lines is None:
        return None
    delimiters = lines[0].count(delimiter)
    width = delimiters + 1
    if not delimiters or width > MAX_COLUMNS:
        return None
    counts = set(map(str.count, lines, itertools.repeat(delimiter)))
    if counts != {delimiters} or delimiter * delimiters in lines:
        return None  # ragged lines, or an empty record (which records() leaves out)
    columns: list[list[str]] = [[] for _ in range(width)]
    for start in range(0, len(lines), 1000):
        block = lines[start : start + 1000]
        joined = delimiter.join(block)
        if newline == "\r\n" and ("\r" in joined or "\n" in joined):
            return None  # a lone \r or \n: split_plain or csv.reader will end a record there
        if len(joined) > _LINE_LIMIT and max(map(len, block)) > _LINE_LIMIT:
            return None
        flat = joined.split(delimiter)
        for i, column in enumerate(columns):
            column += flat[i::width]
        check(min(start + 1000, len(lines)))
    return Rows(range(1, len(lines) + 1), columns, clean=_printable_ascii(text, delimiter))


# Characters of ASCII text that are not printable, but for the line breaks.
_CONTROLS = "".join(map(chr, [*range(0x0A), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))


def _printable_ascii(text: str, delimiter: str) -> bool:
    """Whether ``text`` is ASCII (known without looking) and every cell of it printable: a few byte
    searches, where isprintable() per cell or chunk looks each character up."""
    return text.isascii() and not any(c in text for c in _CONTROLS if c != delimiter)


def _chunk_clean(rows: list[list[str]]) -> bool:
    """No cell needs stripping and no row ends with an empty cell (so none is empty)."""
    flat = list(itertools.chain.from_iterable(rows))
    return all(map(itemgetter(-1), rows)) and list(map(str.strip, flat)) == flat


def records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(record number, stripped cells without trailing empties) for every non-empty record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, record in enumerate(reader, start=1):
        cells = trim([c.strip() for c in record[:MAX_COLUMNS]])
        if cells:
            yield number, cells
