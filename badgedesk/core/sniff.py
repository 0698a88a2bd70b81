"""Judge a learner-list file's format by its bytes, and decode text files.

Never by extension: some files carry the wrong one on purpose. Pure functions; never imports Qt.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from badgedesk.core.messages import one_line

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # sum of the sizes a zip package claims once unpacked

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# A bare BIFF stream (not inside an OLE container) starts with a BOF record: BIFF2, 3, 4, 5/8.
BIFF_BOF_IDS = {b"\x09\x00": "biff2", b"\x09\x02": "biff3", b"\x09\x04": "biff4", b"\x09\x08": "biff5"}
WORKBOOK_FORMATS = ("xlsx", "xlsb", "xls", "ods")

# Single-byte code pages seen in spreadsheet exports, in order of preference when two decode equally well.
_SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "cp1253", "iso8859_7", "cp1254", "cp1257", "iso8859_15")
# Also considered when charset-normalizer proposes them.
_SINGLE_BYTE_MORE = ("cp1255", "cp1256", "cp1258", "iso8859_2", "iso8859_5", "iso8859_8", "koi8_r", "cp874")
_VOWELS = frozenset("aeiouyαεηιουωаеёиоуыэюяіїє")
_GLUED_SYMBOL = re.compile(r"[£€¥¢§±](?=[^\W\d_])")
_RARE_LETTERS = frozenset("þðÞÐýÝ")  # Icelandic letters; in cp1252 they are usually Turkish mojibake
_ALLOWED_SYMBOLS = frozenset("€£¥°«»–—‘’‚“”„•…§©®™±²³µ·¹º½¼¾\u00a0¿¡ªß×÷¢")


@dataclass
class Sniffed:
    format: str
    reason: str = ""
    too_large: bool = False
    text: str | None = None
    encoding: str | None = None


# --------------------------------------------------------------------------- format detection


def detect_format(data: bytes) -> str:
    """Classify a file by its bytes: xlsx (also .xlsm), xlsb, xls, ods, encrypted (an OOXML package in an
    OLE container), biff2/biff3/biff4/biff5 (a bare Excel 2-5 worksheet stream), empty, csv or unknown."""
    return sniff(data, decode=False).format


def sniff(data: bytes, decode: bool = True) -> Sniffed:
    if not data:
        return Sniffed("empty")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return Sniffed("encrypted")
        return Sniffed("xls")
    if data[:2] in BIFF_BOF_IDS and len(data) >= 4 and 4 <= int.from_bytes(data[2:4], "little") <= 20:
        return Sniffed(BIFF_BOF_IDS[data[:2]])  # a bare Excel 2-5 worksheet stream, no OLE container
    if data.startswith(ZIP_MAGICS):
        return _sniff_zip(data)
    decoded = decode_text(data, full=decode)
    if decoded is None:
        return Sniffed("unknown", "it is neither a workbook nor text")
    text, encoding = decoded
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<") and any(
        tag in head for tag in ("<html", "<table", "<?xml", "<!doctype", "<workbook")
    ):
        return Sniffed("unknown", "it is a web page or XML document, not a workbook")
    if head.startswith("{\\rtf"):
        return Sniffed("unknown", "it is a rich-text document, not a spreadsheet")
    return Sniffed("csv", text=text if decode else None, encoding=encoding)


def _sniff_zip(data: bytes) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename.replace("\\", "/").lower(): info for info in infos}
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                unpacked = f"it unpacks to more than {MAX_UNPACKED_BYTES // 1024 // 1024} MB"
                return Sniffed(_zip_kind(names), unpacked, too_large=True)
            mimetype = archive.read(names["mimetype"])[:100] if "mimetype" in names else None
    except Exception as exc:  # noqa: BLE001 - any failure here means a broken package
        return Sniffed("unknown", f"the zip package is broken: {one_line(exc)}")
    kind = _zip_kind(names, mimetype)
    if kind == "unknown":
        what = (
            "an OpenDocument file, but not a spreadsheet"
            if mimetype
            else "a zip archive with no workbook inside"
        )
        return Sniffed(kind, f"it is {what}")
    return Sniffed(kind)


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


def decode_text(data: bytes, full: bool = True) -> tuple[str, str] | None:
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


_CONTROL_BYTES = bytes((*range(1, 9), *range(14, 32), 127))


def _bytes_look_textual(sample: bytes) -> bool:
    if not sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
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
