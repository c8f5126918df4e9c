"""Where the user pastes their request. What they paste is theirs, but a secret on screen is
still a secret: credentials in the text are drawn as solid bars until "Reveal" is toggled."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QAccessibleWidget, QPlainTextEdit, QWidget

from zoomdesk.core.doctor.request import is_placeholder
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import is_secret_key
from zoomdesk.ui.a11y import install_factory
from zoomdesk.ui.debug.style import mono_font
from zoomdesk.ui.palette import mask_color

LONG_LINE = 5_000  # characters
# The examples in the editor's placeholder: code, never translated.
PLACEHOLDER_CODE = {
    "curl": "curl -X POST https://zoom.us/oauth/token …",
    "raw": "POST /oauth/token HTTP/1.1",
    "code": "axios.post(…), fetch(…), requests.post(…), httpx.post(…)",
}

# Each pattern's last group is the secret part.
SECRET_PATTERNS = [
    re.compile(r"\bBasic\s+([A-Za-z0-9+/=_-]{6,})"),
    re.compile(r"\bBearer\s+([^\s\"'`$]{6,})"),
    re.compile(r"(?:-u|--user)\s*['\"]?[^:\s'\"]*:([^\s'\"]+)"),
    re.compile(
        r"(?:client_secret|access_token|password|clientSecret)['\"]?\s*[=:]\s*['\"]?"
        r"([^&\"'\s,})]+)",
        re.I,
    ),
    re.compile(r"\b(eyJ[\w-]{6,}\.[\w-]+\.[\w-]+)"),
    re.compile(r"auth\s*=\s*\(\s*[^,]+,\s*['\"]([^'\"]+)['\"]"),
]


# Any secret-like key (the shared rule of core.redact: clientSecret, CLIENT-SECRET,
# client%5Fsecret, apiSecret, x-api-key…) followed by = or : and a literal value, and the
# password of URL userinfo (https://id:secret@host).
# (The look-behinds make each run of letters one attempt, not one per letter: linear time.)
_KEYED = re.compile(r"""(["']?)(?<![\w%.-])([A-Za-z_][\w%.-]*)\1\s*[=:]\s*["'`]?([^&"'`\s,})]+)""")
_USERINFO = re.compile(r"(?<![\w+.-])[A-Za-z][\w+.-]*://[^\s/?#@:\"']*:([^\s/?#@\"']+)@")


def secret_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    matches = [m for pattern in SECRET_PATTERNS for m in pattern.finditer(text)]
    matches += [m for m in _KEYED.finditer(text) if is_secret_key(m.group(2))]
    matches += list(_USERINFO.finditer(text))
    for match in matches:
        value = match.group(match.lastindex or 0)
        if is_placeholder(value) or value.startswith(("$", "process.env", "os.environ")):
            continue
        spans.append((match.start(match.lastindex or 0), match.end(match.lastindex or 0)))
    return spans


class MaskingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.masked = True
        self._bar = QTextCharFormat()
        colour = mask_color(palette)
        self._bar.setForeground(colour)
        self._bar.setBackground(colour)

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self.masked:
            return
        for start, end in secret_spans(text):
            self.setFormat(start, end - start, self._bar)


def masked(text: str) -> str:
    """The text with each secret replaced by words, for what is read aloud or copied."""
    for start, end in reversed(secret_spans(text)):
        text = text[:start] + translate("DoctorInput", "(secret hidden)") + text[end:]
    return text


class MaskedEditorAccessible(QAccessibleWidget):
    """What a screen reader gets from the editor: its text with the secrets masked, as on screen.
    (Qt's own interface hands out the document's text, secrets included.)"""

    def __init__(self, editor: PasteEditor) -> None:
        super().__init__(editor, QAccessible.Role.EditableText)
        self.editor = editor

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            text = self.editor.toPlainText()
            return masked(text) if self.editor.highlighter.masked else text
        return super().text(kind)


def _masked_editor(_key: str, obj: QObject) -> QAccessibleInterface | None:
    return MaskedEditorAccessible(obj) if isinstance(obj, PasteEditor) else None


class PasteEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(mono_font())
        self.setAccessibleName(translate("DoctorInput", "Your request"))
        self.setAccessibleDescription(
            translate(
                "DoctorInput",
                "Paste a cURL command, a raw HTTP request, a HAR file or an axios, fetch, "
                "requests or httpx call",
            )
        )
        # The examples are code: the placeholders keep them out of the translators' way.
        self.setPlaceholderText(
            translate(
                "DoctorInput",
                "Paste here:\n"
                "• a cURL command:  {curl}\n"
                "• a raw HTTP request:  {raw}  + headers + body\n"
                "• a HAR file from the browser's dev tools (or use Import HAR…)\n"
                "• code:  {code}\n\n"
                "Nothing is sent anywhere until you press a Replay button.",
            ).format(**PLACEHOLDER_CODE)
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = MaskingHighlighter(self.document(), self.palette())
        install_factory(_masked_editor)

    def _wrap_for(self, text: str) -> None:
        # Qt lays out a wrapped line in time that grows with its square: a pasted 400 KB
        # one-line body took 27 s. Long lines are shown unwrapped (scroll sideways).
        longest = max((len(line) for line in text.splitlines()), default=0)
        mode = QPlainTextEdit.LineWrapMode
        self.setLineWrapMode(mode.NoWrap if longest > LONG_LINE else mode.WidgetWidth)

    def setPlainText(self, text: str) -> None:
        self._wrap_for(text)
        super().setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self._wrap_for(self.toPlainText() + source.text())
        super().insertFromMimeData(source)
