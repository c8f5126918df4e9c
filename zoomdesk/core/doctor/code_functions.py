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
        close = matching(text, open_at)
        if close < len(text):  # a block never closed is not read
            found.append(Block(name, match.start(), open_at + 1, close))
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
        close = matching(text, open_at)
        if close < len(text):
            found.append(Block("", match.start(), open_at + 1, close))
    starts = _line_starts(text)
    for match in _PY_LOOP.finditer(text):
        header_end = text.find("\n", match.end())
        body = len(text) if header_end < 0 else header_end + 1
        found.append(
            Block("", match.start(), body, _indented_end(text, body, match.group(1), starts))
        )
    return found


class BlockIndex:
    """Blocks sorted by where their bodies start, to find the ones around many positions in
    one sweep (blocks from bracket matching or indentation are nested or disjoint)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = sorted(blocks, key=lambda b: b.body)

    def locate(self, positions: list[int]) -> list[Block | None]:
        """The innermost block around each position (None outside every block)."""
        found: list[Block | None] = [None] * len(positions)
        stack: list[Block] = []
        next_block = 0
        for index in sorted(range(len(positions)), key=positions.__getitem__):
            position = positions[index]
            while next_block < len(self.blocks) and self.blocks[next_block].body <= position:
                block = self.blocks[next_block]
                while stack and stack[-1].end <= block.body:
                    stack.pop()
                stack.append(block)
                next_block += 1
            while stack and stack[-1].end <= position:
                stack.pop()
            if stack and stack[-1].contains(position):
                found[index] = stack[-1]
        return found


_CALLED = re.compile(r"(?<![\w$])([A-Za-z_$][\w$-]*)\s*\(")


def calls_by_block(text: str, index: BlockIndex) -> dict[int, frozenset[str]]:
    """The names each block calls directly (`getHeaders(`, `this.getAccessToken(`), keyed by
    id(block): every call in the text is given to its innermost block, in one sweep."""
    calls = [(m.start(), m.group(1)) for m in _CALLED.finditer(text)]
    owners = index.locate([position for position, _ in calls])
    found: dict[int, set[str]] = {id(b): set() for b in index.blocks}
    for (_, name), owner in zip(calls, owners, strict=True):
        if owner is not None:
            found[id(owner)].add(name)
    return {key: frozenset(names) for key, names in found.items()}


_RETURN = re.compile(r"\breturn\s+")
RETURN_WINDOW = 20_000  # characters of a body searched for its `return`


def return_expression(text: str, block: Block) -> str | None:
    """The expression of the first `return` in a function (an object literal is read whole)."""
    match = _RETURN.search(text, block.body, min(block.end, block.body + RETURN_WINDOW))
    if match is None:
        return None
    start = match.end()
    if start < len(text) and text[start] in "{[(":
        return text[start : matching(text, start) + 1]
    end = re.compile(r"[^;\n]{0,2000}").match(text, start)
    return text[start : end.end()] if end else None
