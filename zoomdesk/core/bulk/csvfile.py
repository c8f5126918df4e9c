"""Reading and writing the spreadsheet: UTF-8 with or without a BOM, comma or semicolon.

Excel writes "CSV UTF-8" with a BOM, and in locales whose decimal mark is a comma (most of
Europe) it separates cells with `;`. Its plain "CSV" is the Windows code page (cp1252 in the
West), so a file that is not UTF-8 is read as cp1252 rather than refused.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from zoomdesk.core.i18n import translate


class BadFile(Exception):
    """The file as a whole cannot be imported (not a row's problem): exit 2 on the CLI."""


@dataclass(frozen=True)
class Sheet:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line in the spreadsheet, cells by column)
    delimiter: str
    encoding: str


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(header_line: str) -> str:
    """The header decides: column names never contain `,` or `;`, so the one it has wins."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_sheet(path: Path) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as error:
        message = translate("Bulk", "cannot read {path}: {error}")
        raise BadFile(message.format(path=path, error=error.strerror or error)) from error
    text, encoding = decode(data)
    first = text.split("\n", 1)[0]
    if not first.strip():
        message = translate("Bulk", "{name} has no header row (the first line is empty)")
        raise BadFile(message.format(name=path.name))
    delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader)]
        rows: list[tuple[int, dict[str, str]]] = []
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue  # a blank line, or one Excel filled with separators only
            if len(record) > len(header) and any(c.strip() for c in record[len(header) :]):
                message = translate(
                    "Bulk",
                    "line {line} has {cells} cells but the header has {columns} columns (a cell "
                    "with a separator in it needs quotes)",
                )
                raise BadFile(message.format(line=line, cells=len(record), columns=len(header)))
            cells = {name: (record[i].strip() if i < len(record) else "") for i, name in
                     enumerate(header)}  # fmt: skip
            rows.append((line, cells))
    except csv.Error as error:
        message = translate("Bulk", "{name} is not a readable CSV file: {error}")
        raise BadFile(message.format(name=path.name, error=error)) from error
    return Sheet(header, rows, delimiter, encoding)


def write_sheet(path: Path, header: Sequence[str], rows: Iterable[dict[str, str]]) -> None:
    """UTF-8 with a BOM, so Excel opens accents correctly; written whole, then renamed."""
    temp = path.with_name(path.name + ".part")
    with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(header), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
