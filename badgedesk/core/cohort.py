"""Read a learner table (one header row plus data rows) from a spreadsheet file.

Supported: Excel ``.xlsx``/``.xlsm`` (via openpyxl, read-only) and delimited text (``.csv``/``.tsv``).
The format is judged by the file's bytes, never its extension. Everything the user can fix is
reported as :class:`~badgedesk.core.messages.InputError`; no other exception escapes
:func:`read_table`. This module must never import Qt.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import itertools
import math
import re
import time
import unicodedata
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from badgedesk.core.messages import InputError
from badgedesk.core.validate import auto_map

MAX_FILE_BYTES = 50 * 1024 * 1024  # refuse larger files outright
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # sum of the sizes a zip package claims once unpacked
MAX_DATA_ROWS = 100_000  # a cohort is a few hundred learners; this is far beyond any real one
MAX_COLUMNS = 16_384  # Excel's own limit (XFD)
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit; some files claim rows beyond it
EMPTY_RUN_STOP = 200  # consecutive empty rows after which a sheet is taken to have ended
HEADER_SCAN_ROWS = 30  # non-empty rows searched for the header row
READ_SECONDS = 60.0  # last-resort guard against a pathological file

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
BIFF_BOF_IDS = (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08")  # BIFF2, 3, 4, 5/8 BOF records
EXCEL_EXTENSIONS = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods")

UNSUPPORTED_MESSAGES = {
    "xls": (
        "{name} is a legacy Excel 97-2003 (.xls) workbook, which BadgeDesk cannot read. "
        "Open it in Excel and save it as .xlsx or .csv, then open that."
    ),
    "xlsb": (
        "{name} is an Excel Binary Workbook (.xlsb), which BadgeDesk cannot read. "
        "Open it in Excel and save it as .xlsx or .csv, then open that."
    ),
    "ods": (
        "{name} is an OpenDocument spreadsheet (.ods), which BadgeDesk cannot read. "
        "Open it in LibreOffice Calc or Excel and save it as .xlsx or .csv, then open that."
    ),
    "encrypted": (
        "{name} is password-protected; remove the password in Excel "
        "(File › Info › Protect Workbook) and save again."
    ),
}

# Strict OOXML uses other namespace URIs for the same structure; openpyxl only knows the
# transitional ones and silently sees no worksheets.  Rewriting the URIs is enough to read it.
_STRICT_TO_TRANSITIONAL = (
    (
        b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)

# Single-byte code pages seen in spreadsheet exports, in order of preference when two decode equally well.
_SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "cp1253", "iso8859_7", "cp1254", "cp1257", "iso8859_15")
# Also considered when charset-normalizer proposes them.
_SINGLE_BYTE_MORE = ("cp1255", "cp1256", "cp1258", "iso8859_2", "iso8859_5", "iso8859_8", "koi8_r", "cp874")
_VOWELS = frozenset("aeiouyαεηιουωаеёиоуыэюяіїє")
_GLUED_SYMBOL = re.compile(r"[£€¥¢§±](?=[^\W\d_])")
_RARE_LETTERS = frozenset("þðÞÐýÝ")  # Icelandic letters; in cp1252 they are usually Turkish mojibake
_ALLOWED_SYMBOLS = frozenset("€£¥°«»–—‘’‚“”„•…§©®™±²³µ·¹º½¼¾\u00a0¿¡ªß×÷¢")


@dataclass
class Table:
    """A header row and the data rows below it, every cell as a stripped string."""

    path: Path
    format: str  # "xlsx" or "csv" (xlsm is "xlsx"; tsv is "csv")
    sheet: str | None  # chosen worksheet name, None for csv
    sheets: list[str]  # visible worksheet names in workbook order ([] for csv)
    header_row: int  # 1-based row number of the header row (0 when the file is empty)
    headers: list[str]  # header cells as stripped strings ('' for an empty header cell)
    rows: list[tuple[int, list[str]]]  # (1-based source row number, cells), same length as headers
    encoding: str | None = None  # csv only: the detected encoding name
    delimiter: str | None = None  # csv only
    sha256: str = ""  # hex sha256 of the file's bytes


@dataclass
class _Sniffed:
    format: str
    reason: str = ""
    too_large: bool = False
    text: str | None = None
    encoding: str | None = None


# --------------------------------------------------------------------------- format detection


def detect_format(data: bytes) -> str:
    """Classify a file by its bytes: xlsx, xls, encrypted, ods, xlsb, empty, csv or unknown."""
    return _sniff(data, decode=False).format


def _sniff(data: bytes, decode: bool = True) -> _Sniffed:
    if not data:
        return _Sniffed("empty")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return _Sniffed("encrypted")
        return _Sniffed("xls")
    if data[:2] in BIFF_BOF_IDS and len(data) >= 4 and 4 <= int.from_bytes(data[2:4], "little") <= 20:
        return _Sniffed("xls")
    if data.startswith(ZIP_MAGICS):
        return _sniff_zip(data)
    decoded = _decode_text(data, full=decode)
    if decoded is None:
        return _Sniffed("unknown", "it is neither a workbook nor text")
    text, encoding = decoded
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<") and any(
        tag in head for tag in ("<html", "<table", "<?xml", "<!doctype", "<workbook")
    ):
        return _Sniffed("unknown", "it is a web page or XML document, not a workbook")
    if head.startswith("{\\rtf"):
        return _Sniffed("unknown", "it is a rich-text document, not a spreadsheet")
    return _Sniffed("csv", text=text if decode else None, encoding=encoding)


def _sniff_zip(data: bytes) -> _Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename.replace("\\", "/").lower(): info for info in infos}
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                unpacked = f"it unpacks to more than {MAX_UNPACKED_BYTES // 1024 // 1024} MB"
                return _Sniffed(_zip_kind(names), unpacked, too_large=True)
            mimetype = archive.read(names["mimetype"])[:100] if "mimetype" in names else None
    except Exception as exc:  # noqa: BLE001 - any failure here means a broken package
        return _Sniffed("unknown", f"the zip package is broken: {_one_line(exc)}")
    kind = _zip_kind(names, mimetype)
    if kind == "unknown":
        what = (
            "an OpenDocument file, but not a spreadsheet"
            if mimetype
            else "a zip archive with no workbook inside"
        )
        return _Sniffed(kind, f"it is {what}")
    return _Sniffed(kind)


def _zip_kind(names: dict[str, zipfile.ZipInfo], mimetype: bytes | None = None) -> str:
    if mimetype is not None:
        return "ods" if b"opendocument.spreadsheet" in mimetype else "unknown"
    if "mimetype" in names:
        return "ods"  # not read (the package is too large to look into): an OpenDocument file
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "xl/workbook.xml" in names or any(n.endswith("workbook.xml") for n in names):
        return "xlsx"
    if "content.xml" in names and "meta-inf/manifest.xml" in names:
        return "ods"
    return "unknown"


# --------------------------------------------------------------------------- text decoding


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode_text(data: bytes, full: bool = True) -> tuple[str, str] | None:
    """Return (text, encoding name) or None when the bytes do not look like text.

    With ``full=False`` only enough is decoded to decide; the returned text is then a sample.
    """
    body = data if full else data[:65536]
    for bom, codec in _BOMS:
        if data.startswith(bom):
            payload = body[len(bom) :]
            if codec == "utf-8-sig":
                codec_used, payload = "utf-8", payload
            else:
                codec_used = codec
            try:
                text = payload.decode(codec_used)
            except UnicodeDecodeError:
                text = payload.decode(codec_used, errors="replace")
            if codec == "utf-32-le" and not _looks_textual(text):
                continue  # a UTF-16LE BOM followed by a NUL character: try the next BOM
            return text, codec
    wide = _guess_wide_encoding(data[:4096])
    if wide:
        try:
            return body[: len(body) - len(body) % (4 if "32" in wide else 2)].decode(wide), wide
        except UnicodeDecodeError:
            pass
    if not _bytes_look_textual(data[:65536]):
        return None
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # A sample may cut a multi-byte character in two at its very end.
        if not full and exc.start >= len(body) - 3:
            return body[: exc.start].decode("utf-8"), "utf-8"
    encoding = _guess_single_byte(data[:200_000])
    try:
        return body.decode(encoding), encoding
    except UnicodeDecodeError:
        return body.decode(encoding, errors="replace"), encoding


def _guess_wide_encoding(sample: bytes) -> str | None:
    """UTF-16/32 without a BOM: most characters of a CSV are ASCII, so NULs sit in fixed positions."""
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    n4 = len(sample) - len(sample) % 4
    lanes4 = [sample[i:n4:4].count(0) / (n4 // 4) for i in range(4)]
    if lanes4[1] > 0.9 and lanes4[2] > 0.9 and lanes4[3] > 0.9 and lanes4[0] < 0.1:
        return "utf-32-le"
    if lanes4[0] > 0.9 and lanes4[1] > 0.9 and lanes4[2] > 0.9 and lanes4[3] < 0.1:
        return "utf-32-be"
    n2 = len(sample) - len(sample) % 2
    even = sample[0:n2:2].count(0) / (n2 // 2)
    odd = sample[1:n2:2].count(0) / (n2 // 2)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _bytes_look_textual(sample: bytes) -> bool:
    if not sample:
        return True
    controls = sum(sample.count(b) for b in (*range(1, 9), *range(14, 32), 127))
    nuls = sample.count(0)
    return controls <= max(2, len(sample) // 100) and nuls <= max(4, len(sample) // 10)


def _looks_textual(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return controls <= max(2, len(sample) // 100)


def _guess_single_byte(sample: bytes) -> str:
    """Pick the code page whose decoding reads most like real words.

    charset-normalizer proposes candidates, but on a few short names it prefers Cyrillic for
    ISO-8859-7 Greek and cp1250 for French; so every candidate is scored on whether its non-ASCII
    words are plausible (one script, sane capitalisation, some vowels, no stray symbols). On a tie
    cp1252 wins, then charset-normalizer's order.
    """
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes

        for match in from_bytes(sample, cp_isolation=[*_SINGLE_BYTE, *_SINGLE_BYTE_MORE]):
            candidates.append(match.encoding)
            candidates.extend(match.could_be_from_charset)
    except Exception:  # noqa: BLE001 - detection is best-effort; the scoring below decides
        pass
    names: list[str] = []
    for enc in ("cp1252", *candidates, *_SINGLE_BYTE):
        try:
            name = codecs.lookup(enc).name
        except LookupError:
            continue
        if name not in names:
            names.append(name)
    best, best_score = "cp1252", -1.0
    for name in names:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if score > best_score:  # ties keep the earlier (preferred) code page
            best, best_score = name, score
    return best


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "?"


def _plausible_word(word: str) -> bool:
    scripts = {_script(c) for c in word}
    if len(scripts) != 1:
        return False
    if any(a.islower() and b.isupper() for a, b in itertools.pairwise(word)):
        return False
    if len(word) < 3 or not scripts & {"LATIN", "GREEK", "CYRILLIC"}:
        return True
    if "LATIN" in scripts and len(word) >= 4 and 5 * sum(1 for c in word if not c.isascii()) > 3 * len(word):
        return False  # real Latin-script words carry a few accents, mojibake is all accents
    vowels = sum(1 for c in word if unicodedata.normalize("NFD", c)[0].lower() in _VOWELS)
    if len(word) == 3:
        return vowels > 0
    return 0.15 <= vowels / len(word) <= 0.8


def _plausibility(text: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    odd = sum(1 for c in text if ord(c) > 127 and not c.isalpha() and c not in _ALLOWED_SYMBOLS)
    odd += len(_GLUED_SYMBOL.findall(text))  # '£ukasz': a currency sign does not start a word
    total = len(words) + odd
    if not total:
        return 1.0
    good = sum(0.5 if _RARE_LETTERS.intersection(w) else 1.0 for w in words if _plausible_word(w))
    return good / total


# --------------------------------------------------------------------------- delimited text


def _sniff_delimiter(lines: list[str]) -> str:
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


def _read_csv(path: Path, text: str, encoding: str, digest: str, header_row: int | None = None) -> Table:
    name = path.name
    text = text.replace("\x00", "").lstrip("\ufeff")
    first_line, _, rest = text.partition("\n")
    first_line = first_line.split("\r", 1)[0]
    delimiter = None
    match = _SEP_LINE.match(first_line)
    if match and match.group(1) in ",;\t|":
        delimiter = match.group(1)
        text = text[len(first_line) :].lstrip("\r").removeprefix("\n")
    sample_lines = [ln for ln in text[:65536].splitlines()[:50] if ln.strip()]
    if not sample_lines:
        raise _empty_error(name)
    if delimiter is None:
        delimiter = _sniff_delimiter(sample_lines)
    deadline = time.monotonic() + READ_SECONDS

    def records() -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, record in enumerate(reader, start=1):
            cells = _trim([c.strip() for c in record[:MAX_COLUMNS]])
            if cells:
                yield number, cells
            if number % 1000 == 0:
                _check_deadline(deadline, name)

    try:
        table = _build_table(path, records(), name, None, header_row)
    except csv.Error as exc:
        raise InputError(
            "corrupt",
            f"{name} is damaged or is not a spreadsheet ({_one_line(exc)}). "
            "Re-save it from Excel as .xlsx or .csv.",
            reason=_one_line(exc),
        ) from None
    table.format, table.encoding, table.delimiter, table.sha256 = "csv", encoding, delimiter, digest
    return table


# --------------------------------------------------------------------------- xlsx


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        # Excel stores characters XML cannot hold (control characters, a lone CR) as _xHHHH_;
        # openpyxl's read-only reader leaves them escaped.  '_x005F_' is an escaped underscore.
        if "_x" in value:
            value = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def _trim(cells: list[str]) -> list[str]:
    """Drop trailing empty cells; [] for an empty row."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _sheet_rows(ws: Any, deadline: float, name: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (row number, cells) for the non-empty rows of a read-only worksheet.

    The stored dimension is ignored (it can claim a million rows); the sheet is taken to have
    ended after EMPTY_RUN_STOP consecutive empty rows or at Excel's row limit.
    """
    ws.reset_dimensions()
    empty_run = 0
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if number > MAX_SHEET_ROWS:
            break
        if number % 1000 == 0:
            _check_deadline(deadline, name)
        cells = _trim([_cell_text(v) for v in values[:MAX_COLUMNS]]) if values else []
        if not cells:
            empty_run += 1
            if empty_run >= EMPTY_RUN_STOP:
                break
            continue
        empty_run = 0
        yield number, cells


def _open_workbook(data: bytes) -> Any:
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        if workbook.worksheets or b"purl.oclc.org/ooxml" not in _zip_part(data, "xl/workbook.xml"):
            return workbook
        workbook.close()
        return load_workbook(io.BytesIO(_strict_to_transitional(data)), read_only=True, data_only=True)


def _zip_part(data: bytes, part: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            return archive.read(part)
        except KeyError:
            return b""


def _strict_to_transitional(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for strict, transitional in _STRICT_TO_TRANSITIONAL:
                    content = content.replace(strict, transitional)
            dst.writestr(info, content)
    return out.getvalue()


def _read_xlsx(
    path: Path, data: bytes, sheet: str | None, digest: str, header_row: int | None = None
) -> Table:
    name = path.name
    deadline = time.monotonic() + READ_SECONDS
    workbook = None
    try:
        workbook = _open_workbook(data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _read_workbook(path, workbook, sheet, digest, deadline, header_row)
    except InputError:
        raise
    except MemoryError:
        raise InputError(
            "too_large", f"{name} is too large to read. Split the learner list into smaller files."
        ) from None
    except Exception as exc:  # noqa: BLE001 - openpyxl/zipfile/XML raise many kinds; all mean "damaged"
        raise _corrupt_error(name, _reason(exc)) from None
    finally:
        if workbook is not None:
            try:
                workbook.close()
            except Exception:  # noqa: BLE001 - closing a broken archive must not mask the real error
                pass


def _read_workbook(
    path: Path,
    workbook: Any,
    sheet: str | None,
    digest: str,
    deadline: float,
    header_row: int | None = None,
) -> Table:
    name = path.name
    worksheets = list(workbook.worksheets)
    if not worksheets:
        raise InputError(
            "no_worksheets",
            f"{name} contains no worksheets BadgeDesk can read. "
            "Open it in Excel and save it as an Excel Workbook (.xlsx) or .csv, then open that.",
        )
    visible = [ws for ws in worksheets if ws.sheet_state == "visible"]
    sheets = [ws.title for ws in visible]
    if not visible:
        raise InputError(
            "no_worksheets",
            f"{name} has no visible worksheets. Unhide the learner sheet in Excel "
            "(Format › Hide & Unhide › Unhide Sheet), save, and open it again.",
        )
    if sheet is not None:
        chosen = _pick_named_sheet(name, sheet, visible, worksheets)
        table = _build_table(path, _sheet_rows(chosen, deadline, name), name, chosen.title, header_row)
    else:
        table = None
        fallback = None
        for ws in visible:
            head = list(itertools.islice(_sheet_rows(ws, deadline, name), HEADER_SCAN_ROWS))
            if not head:
                continue
            if _find_header(head)[1]:
                table = _build_table(path, _sheet_rows(ws, deadline, name), name, ws.title, header_row)
                break
            fallback = fallback or ws
        if table is None:
            if fallback is None:
                raise _empty_error(name, all_sheets=len(visible) > 1)
            table = _build_table(
                path, _sheet_rows(fallback, deadline, name), name, fallback.title, header_row
            )
    table.format, table.sheets, table.sha256 = "xlsx", sheets, digest
    return table


def _pick_named_sheet(name: str, wanted: str, visible: list[Any], worksheets: list[Any]) -> Any:
    for ws in visible:
        if ws.title == wanted:
            return ws
    for ws in visible:
        if ws.title.strip().casefold() == wanted.strip().casefold():
            return ws
    available = ", ".join(f"'{ws.title}'" for ws in visible)
    hidden = [ws for ws in worksheets if ws.title.strip().casefold() == wanted.strip().casefold()]
    if hidden:
        message = (
            f"Sheet '{wanted}' in {name} is hidden. Unhide it in Excel and save, "
            f"or choose one of the visible sheets: {available}."
        )
    else:
        message = f"{name} has no sheet named '{wanted}'. Choose one of: {available}."
    raise InputError("sheet_not_found", message, sheet=wanted, sheets=[ws.title for ws in visible])


# --------------------------------------------------------------------------- header and rows


_NUMBERISH = re.compile(r"^[-+]?[\d.,\s%€$£]*\d[\d.,\s%€$£]*$|^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$|^(TRUE|FALSE)$")


def _is_learner_header(cells: list[str]) -> bool:
    mapping = auto_map(cells)
    return bool({"email", "first_name", "last_name", "full_name"} & mapping.keys())


def _find_header(head: list[tuple[int, list[str]]]) -> tuple[int, bool]:
    """Index into ``head`` of the header row, and whether it holds learner-like column names."""
    for index, (_, cells) in enumerate(head):
        if _is_learner_header(cells):
            return index, True
    for index, (_, cells) in enumerate(head):
        filled = [c for c in cells if c]
        if len(filled) >= 2 and 2 * sum(1 for c in filled if not _NUMBERISH.match(c)) > len(filled):
            return index, False
    return 0, False


def _forced_header(
    rows: Iterator[tuple[int, list[str]]], wanted: int, name: str, sheet: str | None
) -> tuple[int, list[str]]:
    """The row numbered ``wanted`` (consuming the rows above it), or an InputError saying why not."""
    where = f"sheet '{sheet}' in {name}" if sheet is not None else name
    if wanted < 1:
        raise InputError(
            "header_row_out_of_range",
            f"Row {wanted} is not a row of {where}: rows are numbered from 1, as in Excel.",
            header_row=wanted,
            sheet=sheet,
        )
    last = 0
    for number, cells in rows:
        if number == wanted:
            return number, cells
        if number > wanted:
            raise InputError(
                "header_row_empty",
                f"Row {wanted} of {where} is empty, so it cannot be the header row. "
                "Choose the row that holds the column names.",
                header_row=wanted,
                sheet=sheet,
            )
        last = number
    if not last:
        raise _empty_error(name, sheet=sheet)
    raise InputError(
        "header_row_out_of_range",
        f"There is no row {wanted} in {where}; the last row with content is row {last}. "
        "Choose the row that holds the column names.",
        header_row=wanted,
        sheet=sheet,
    )


def _build_table(
    path: Path,
    rows: Iterator[tuple[int, list[str]]],
    name: str,
    sheet: str | None,
    header_row: int | None = None,
) -> Table:
    if header_row is not None:
        header_row, headers = _forced_header(rows, header_row, name, sheet)
        body: Iterator[tuple[int, list[str]]] = rows
    else:
        head = list(itertools.islice(rows, HEADER_SCAN_ROWS))
        if not head:
            raise _empty_error(name, sheet=sheet)
        index, _ = _find_header(head)
        header_row, headers = head[index]
        body = itertools.chain(head[index + 1 :], rows)
    width = len(headers)
    data: list[tuple[int, list[str]]] = []
    for number, cells in body:
        cells = cells[:width]
        if not any(cells):
            continue
        if len(data) >= MAX_DATA_ROWS:
            raise InputError(
                "too_large",
                f"{name} has more than {MAX_DATA_ROWS:,} rows of data. "
                "Split the learner list into smaller files and open them one at a time.",
                limit=MAX_DATA_ROWS,
            )
        data.append((number, cells + [""] * (width - len(cells))))
    return Table(
        path=path,
        format="",
        sheet=sheet,
        sheets=[],
        header_row=header_row,
        headers=list(headers),
        rows=data,
    )


# --------------------------------------------------------------------------- errors


def _one_line(exc: BaseException | str, limit: int = 120) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, zipfile.BadZipFile):
        return f"broken zip package: {_one_line(exc)}"
    if isinstance(exc, KeyError):
        return f"a required part is missing: {_one_line(exc.args[0] if exc.args else exc)}"
    if type(exc).__name__ in ("ParseError", "XMLSyntaxError", "ExpatError"):
        return f"invalid XML: {_one_line(exc)}"
    return f"{type(exc).__name__}: {_one_line(exc)}"


def _corrupt_error(name: str, reason: str) -> InputError:
    return InputError(
        "corrupt",
        f"{name} is damaged or is not a spreadsheet ({reason}). Re-save it from Excel as .xlsx or .csv.",
        reason=reason,
    )


def _empty_error(name: str, sheet: str | None = None, all_sheets: bool = False) -> InputError:
    if sheet is not None:
        where = f"Sheet '{sheet}' in {name} is empty"
    elif all_sheets:
        where = f"Every sheet in {name} is empty"
    else:
        where = f"{name} is empty"
    return InputError(
        "empty", f"{where}. Add the learner list with a header row, save, and open it again.", sheet=sheet
    )


def _check_deadline(deadline: float, name: str) -> None:
    if time.monotonic() > deadline:
        raise InputError(
            "too_large",
            f"{name} took too long to read. Copy just the learner list into a new workbook and open that.",
        )


# --------------------------------------------------------------------------- entry point


def read_table(path: str | Path, sheet: str | None = None, header_row: int | None = None) -> Table:
    """Read the learner table from ``path``. Raises only InputError.

    ``header_row`` (1-based, as Excel numbers rows) forces the header row instead of detecting it;
    rows above it are ignored.
    """
    path = Path(path)
    name = path.name
    try:
        if not path.exists():
            raise InputError(
                "not_found", f"{name} was not found. Check the file name and folder, then open it again."
            )
        if name.startswith("~$"):
            raise InputError(
                "lock_file",
                f"{name} is Excel's temporary lock file; open the real workbook "
                f"({name[2:] or 'without the ~$ prefix'}) instead.",
            )
        if path.is_dir():
            raise InputError(
                "unreadable", f"{name} is a folder, not a file. Choose the spreadsheet file itself."
            )
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                "too_large",
                f"{name} is {size / 1024 / 1024:.0f} MB, more than BadgeDesk reads "
                f"({MAX_FILE_BYTES // 1024 // 1024} MB). Save just the learner list as .xlsx or .csv.",
                size=size,
            )
        data = path.read_bytes()
    except InputError:
        raise
    except PermissionError:
        raise InputError(
            "unreadable",
            f"{name} cannot be read (permission denied). Close it in other programs or check its "
            "permissions, then try again.",
        ) from None
    except OSError as exc:
        raise InputError(
            "unreadable",
            f"{name} cannot be read ({_one_line(exc.strerror or exc)}). Check the file and try again.",
        ) from None

    try:
        return _read_bytes(path, data, sheet, header_row)
    except InputError:
        raise
    except MemoryError:
        raise InputError("too_large", f"{name} is too large to read. Split the learner list.") from None
    except Exception as exc:  # noqa: BLE001 - the contract: only InputError escapes
        raise _corrupt_error(name, _reason(exc)) from None


def _read_bytes(path: Path, data: bytes, sheet: str | None, header_row: int | None = None) -> Table:
    name = path.name
    digest = hashlib.sha256(data).hexdigest()
    sniffed = _sniff(data)
    fmt = sniffed.format
    if fmt == "empty":
        if path.suffix.lower() in EXCEL_EXTENSIONS:
            raise _corrupt_error(name, "the file is empty, 0 bytes")
        raise InputError(
            "empty", f"{name} is empty (0 bytes). Save the learner list into it and open it again."
        )
    if fmt in UNSUPPORTED_MESSAGES:
        raise InputError("unsupported_format", UNSUPPORTED_MESSAGES[fmt].format(name=name), format=fmt)
    if sniffed.too_large:
        raise InputError(
            "too_large",
            f"{name} is too large to read ({sniffed.reason}). Save just the learner list as .xlsx or .csv.",
            format=fmt,
        )
    if fmt == "xlsx":
        return _read_xlsx(path, data, sheet, digest, header_row)
    if fmt == "csv" and sniffed.text is not None and sniffed.encoding is not None:
        return _read_csv(path, sniffed.text, sniffed.encoding, digest, header_row)
    raise _corrupt_error(name, sniffed.reason or "unrecognised content")
