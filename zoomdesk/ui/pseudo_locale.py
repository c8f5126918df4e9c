"""The pseudo-locale (`ZOOMDESK_PSEUDO=1`): every string accented, bracketed and a third longer,
so an untranslated string or a clipped label is obvious (docs/translating.md). Kept apart from
`ui/i18n.py`: defining a QTranslator subclass takes ~15 ms, paid only when it is used."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

from zoomdesk.core import i18n

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What must survive untouched: placeholders, %n, HTML tags and entities, and the letter after
# an accelerator's & keeps its place (the accelerator itself stays).
_KEEP = re.compile(r"\{[^{}]*\}|%n|<[^<>]*>|&[a-zA-Z]+;|&&")


def pseudo(text: str) -> str:
    """`Welcome to zoomdesk` → `[Ŵéļçöɱé ţö žööɱðéšķ !!!!!!]`: accented, a third longer."""
    if not text.strip():
        return text
    out, at = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[at : match.start()].translate(_ACCENTED))
        out.append(match.group())
        at = match.end()
    out.append(text[at:].translate(_ACCENTED))
    return f"[{''.join(out)} {'!' * max(1, len(text) // 3)}]"


class PseudoTranslator(QTranslator):
    """Answers every string of zoomdesk (and Qt) with its pseudo-translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation
        text = i18n.english("", source, n) if n >= 0 else source
        return pseudo(text)

    def isEmpty(self) -> bool:
        return False
