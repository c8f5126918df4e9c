"""Turn the bytes of a file the user hands the doctor into text, or say why it cannot be read.

Pasted requests come from editors, terminals and exports on every platform: UTF-8 (with or
without a BOM), UTF-16 from Windows PowerShell's `>` redirection, and legacy Latin-1 files.
A file with NUL bytes that is not UTF-16 is binary and is refused."""

from __future__ import annotations

import codecs

from zoomdesk.core.doctor.parse_curl import ParseError
from zoomdesk.core.i18n import translate


def decode_input(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ParseError(
                translate("DoctorParse", "The file starts like UTF-16 text but is not.")
            ) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\0" in data:
        raise ParseError(
            translate("DoctorParse", "This is a binary file, not a request or a HAR file.")
        )
    # Every byte is a Latin-1 character, so an old editor's file is still read.
    return data.decode("latin-1")
