"""Where the functions of pasted code begin and end, by name, so the doctor can follow a call
from an API request to the function that fetches its token (`request()` → `getHeaders()` →
`getAccessToken()`). JavaScript/TypeScript, C#, PowerShell (braces) and Python (indentation).
A reader, not a parser: it finds what ordinary integration code looks like, in linear time."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from zoomdesk.core.doctor.code_reader import matching

_KEYWORDS = frozenset(
    [
        "if",
        "for",
        "while",
        "switch",
        "catch",
        "function",
        "using",
        "lock",
        "foreach",
        "return",
        "new",
        "else",
        "do",
        "try",
        "typeof",
        "await",
        "async",
        "constructor",
        "super",
        "import",
        "require",
        "fixed",
        "checked",
        "unchecked",
        "when",
    ]
)
_BRACE_FUNCTION = re.compile(
    r"(?:\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)\s*\([^()]*\)"
    r"|(?<![\w$.])([A-Za-z_$][\w$]*)\s*\((?:[^()]|\([^()]*\))*\)(?:\s*:\s*[^{};=()]+?)?"
    r"|\bfunction\s+([A-Za-z][\w-]*)\s*(?:\([^()]*\))?"
    r"|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^()]*\)|[\w$]+)\s*=>)"
    r"\s*\{"
)
_PY_FUNCTION = re.compile(r"^([ \t]*)(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(", re.M)
_LOOP = re.compile(
    r"\b(?:for|while|foreach)\s*\((?:[^()]|\([^()]*\))*\)\s*\{"
    r"|\.(?:forEach|map|ForEach|Select)\s*\(|\bForEach-Object\s*\{"
)
_PY_LOOP = re.compile(r"^([ \t]*)(?:async[ \t]+)?(?:for|while)\b[^\n]*:[ \t]*$", re.M)


@dataclass(frozen=True)
class Block:
    name: str  # the function's name ("" for a loop)
    start: int  # where the definition starts
    body: int  # where its body starts
    end: int  # where it ends

    def contains(self, position: int) -> bool:
        return self.body <= position < self.end

    def text(self, source: str) -> str:
        return source[self.body : self.end]


def _indented_end(text: str, start: int, indent: str, line_starts: list[int]) -> int:
    """End of a Python block whose header line begins at `start` with `indent`."""
    line = bisect.bisect_right(line_starts, start)
    for index in range(line, len(line_starts)):
        begin = line_starts[index]
        end = text.find("\n", begin)
        content = text[begin : end if end >= 0 else len(text)]
        if (
            content.strip()
            and not content.startswith(indent + " ")
            and not content.startswith(indent + "\t")
        ):
            return begin
    return len(text)


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def find_functions(text: str) -> list[Block]:
    found: list[Block] = []
    for match in _BRACE_FUNCTION.finditer(text):
        name = next((g for g in match.groups() if g), "")
        if not name or name in _KEYWORDS:
            continue
        open_at = match.end() - 1
        found.append(Block(name, match.start(), open_at + 1, matching(text, open_at)))
    starts = _line_starts(text)
    for match in _PY_FUNCTION.finditer(text):
        header_end = text.find("\n", match.end())
        body = len(text) if header_end < 0 else header_end + 1
        end = _indented_end(text, body, match.group(1), starts)
        found.append(Block(match.group(2), match.start(), body, end))
    return found


def find_loops(text: str) -> list[Block]:
    found: list[Block] = []
    for match in _LOOP.finditer(text):
        open_at = match.end() - 1
        found.append(Block("", match.start(), open_at + 1, matching(text, open_at)))
    starts = _line_starts(text)
    for match in _PY_LOOP.finditer(text):
        header_end = text.find("\n", match.end())
        body = len(text) if header_end < 0 else header_end + 1
        found.append(
            Block("", match.start(), body, _indented_end(text, body, match.group(1), starts))
        )
    return found


class BlockIndex:
    """Blocks sorted by where their bodies start, to find the one around a position fast."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = sorted(blocks, key=lambda b: b.body)
        self._starts = [b.body for b in self.blocks]

    def innermost(self, position: int) -> Block | None:
        # Nested blocks start later, so the latest-starting block that contains the position
        # is the innermost; siblings that ended before it are passed over.
        for block in reversed(self.blocks[: bisect.bisect_right(self._starts, position)]):
            if block.contains(position):
                return block
        return None


_CALLED = re.compile(r"(?<![\w$])([A-Za-z_$][\w$-]*)\s*\(")


def names_called(text: str, block: Block) -> frozenset[str]:
    """Every name called inside the block (`getHeaders(`, `this.getAccessToken(`)."""
    return frozenset(m.group(1) for m in _CALLED.finditer(text, block.body, block.end))


_RETURN = re.compile(r"\breturn\s+")


def return_expression(text: str, block: Block) -> str | None:
    """The expression of the first `return` in a function (an object literal is read whole)."""
    match = _RETURN.search(text, block.body, block.end)
    if match is None:
        return None
    start = match.end()
    if start < len(text) and text[start] in "{[(":
        return text[start : matching(text, start) + 1]
    end = re.compile(r"[^;\n]*").match(text, start)
    return text[start : end.end()] if end else None
