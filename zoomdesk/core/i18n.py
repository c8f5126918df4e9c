"""Translation and date formats for text that core builds and the desktop app shows
(diagnoses, validation messages, schema labels), without importing Qt.

One mechanism for the whole app: Qt's catalogues (`resources/translations/*.ts`, compiled to
`.qm`). Core marks its strings with `translate(context, text)` — or `translate_noop` for tables
built at import time, translated where they are shown — and `packaging/i18n.py` extracts both.
The desktop app installs `QCoreApplication.translate` here at start (`ui/i18n.py`); the CLI
installs nothing, so it speaks the English of the source (scripts parse it).

Placeholders are named (`"{count} rows"`, filled by `.format()` after translating); plurals
use Qt's `%n` with `n=`, and the English source writes the plural as `(s)`: `"%n row(s)"`
(`zoomdesk_en.ts` gives English its real forms; without a catalogue `(s)` is resolved here)."""

from __future__ import annotations

import re
from collections.abc import Callable

from zoomdesk.core.locale_format import ENGLISH, DateTimeFormat

Translator = Callable[[str, str, int], str]

_S_SUFFIX = re.compile(r"\(s\)")
_JAPANESE_MNEMONIC = re.compile(r"\s*\(&\w\)")


def english(context: str, text: str, n: int = -1) -> str:
    """The source text itself, with `%n` filled in and `(s)` made singular or plural."""
    if n < 0:
        return text
    return _S_SUFFIX.sub("" if n == 1 else "s", text).replace("%n", str(n))


_translator: Translator = english
_dates: DateTimeFormat = ENGLISH


def translate(context: str, text: str, n: int = -1) -> str:
    """`text` in the user's language; `context` groups it for translators (a class or topic)."""
    return _translator(context, text, n)


def translate_noop(context: str, text: str) -> str:
    """Marks `text` for extraction without translating it now (import-time tables); whoever
    shows it calls `translate(context, text)`."""
    del context
    return text


def dates() -> DateTimeFormat:
    """How dates and times are written: the user's locale in the desktop app, else `ENGLISH`."""
    return _dates


def translate_marked(context: str, text: str) -> str:
    """Translates a string that `translate_noop` marked elsewhere (a table's value); the
    extractor does not look here, so `text` may be a variable."""
    return _translator(context, text, -1)


def without_mnemonic(text: str) -> str:
    """A label as a name, for messages and screen readers: `Pass&code` → `Passcode`; Japanese
    writes the accelerator apart, `パスコード(&C)` → `パスコード`; `&&` is a literal `&`."""
    return _JAPANESE_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def install(translator: Translator, formats: DateTimeFormat = ENGLISH) -> None:
    """Route `translate` through `translator` (the desktop app's Qt catalogues) and write dates
    with `formats`. Process-wide on purpose, like Qt's own installed translators."""
    global _translator, _dates
    _translator, _dates = translator, formats


def reset() -> None:
    """Back to the English source (tests, and the CLI, which never installs one)."""
    install(english, ENGLISH)
