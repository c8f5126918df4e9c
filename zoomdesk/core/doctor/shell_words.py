"""Split a POSIX shell command line into words, in time linear in its length.

`shlex.split` grows each word one character at a time, which is quadratic: a 800 KB `-d` body
took 20 s. This reader takes whole runs of characters per step with regular expressions.
It knows what a pasted cURL command uses: '…', "…" (with \\ escapes), $'…' (bash's ANSI-C
quoting, which browsers' "Copy as cURL (bash)" writes for bodies with quotes or newlines),
backslash escapes and backslash-newline continuations."""

from __future__ import annotations

import re

from zoomdesk.core.i18n import translate

_PIECE = re.compile(
    r"""(?P<space>\s+)
    |(?P<plain>[^\s'"\\$]+)
    |'(?P<single>[^']*)'
    |\$'(?P<ansi>[^'\\]*(?:\\.[^'\\]*)*)'
    |"(?P<double>[^"\\$]*(?:(?:\\.|\$\((?:[^()]|\([^()]*\))*\)|\$)[^"\\$]*)*)"
    |(?P<subst>\$\((?:[^()]|\([^()]*\))*\))
    |\\(?P<escaped>.?)
    |(?P<dollar>\$)
    """,
    re.VERBOSE | re.DOTALL,
)
_DOUBLE_ESCAPE = re.compile(r'\\([$`"\\\n])')
_ANSI_ESCAPE = re.compile(
    r"\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3}|.)", re.S
)
_ANSI_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
                "e": "\x1b", "E": "\x1b"}  # fmt: skip


class UnbalancedQuotes(ValueError):
    pass


def _ansi(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] in "xuU" and len(code) > 1:
        value = int(code[1:], 16)
        return chr(value) if value < 0x110000 else ""
    if code[0] in "01234567":
        return chr(int(code, 8) & 0xFF)
    return _ANSI_SIMPLE.get(code, code)


def split_words(text: str) -> list[str]:
    """Raises UnbalancedQuotes when a quote is never closed."""
    words: list[str] = []
    current: list[str] = []
    in_word = False
    pos = 0
    while pos < len(text):
        match = _PIECE.match(text, pos)
        if match is None:  # an unclosed ' or " (every other character matches a piece)
            raise UnbalancedQuotes(
                translate(
                    "DoctorParse", "no closing quotation for the quote at character {position}"
                ).format(position=pos + 1)
            )
        pos = match.end()
        kind = match.lastgroup
        if kind == "space":
            if in_word:
                words.append("".join(current))
                current, in_word = [], False
            continue
        in_word = True
        value = match.group(kind) if kind else ""
        if kind == "double":
            value = _DOUBLE_ESCAPE.sub(lambda m: "" if m.group(1) == "\n" else m.group(1), value)
        elif kind == "ansi":
            value = _ANSI_ESCAPE.sub(_ansi, value)
        elif kind == "escaped" and value == "\n":
            value = ""  # a line continuation
            in_word = bool(current)
        current.append(value)
    if in_word:
        words.append("".join(current))
    return words
