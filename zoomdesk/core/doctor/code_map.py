"""The reviewed code as the integration checks read it: every HTTP call with the function and
the loop it sits in, and which functions each function or loop calls, so a check can follow an
API call to the function that fetches its token (`request()` → `getHeaders()` → `getToken()`).
Built once per review, in one sweep over the text (code_functions.py finds the blocks)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from zoomdesk.core.doctor.code_functions import (
    Block,
    BlockIndex,
    calls_by_block,
    find_functions,
    find_loops,
)
from zoomdesk.core.doctor.request import HttpRequest


@dataclass(frozen=True)
class Site:
    request: HttpRequest
    offset: int
    function: Block | None


class CodeMap:
    def __init__(self, text: str, calls: list[HttpRequest], place: Callable[[int], str]) -> None:
        self.text = text
        self.place = place  # how evidence names a line: "line 25", or "client.py:25"
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.functions = find_functions(text)
        self.loops = find_loops(text)
        functions, loops = BlockIndex(self.functions), BlockIndex(self.loops)
        # who calls whom, read once in one sweep: the checks follow calls through it
        self._called = {**calls_by_block(text, functions), **calls_by_block(text, loops)}
        self._by_name: dict[str, list[Block]] = {}
        for block in self.functions:
            self._by_name.setdefault(block.name, []).append(block)
        offsets = [starts[min(req.line, len(starts)) - 1] if req.line else 0 for req in calls]
        owners = functions.locate(offsets)
        self._loop_of = dict(zip(offsets, loops.locate(offsets), strict=True))
        self.sites = [
            Site(req, offset, owner)
            for req, offset, owner in zip(calls, offsets, owners, strict=True)
        ]
        self._starts = starts

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def calls_function(self, block: Block, name: str) -> bool:
        return name in self._called[id(block)]

    def chain_to(self, block: Block, targets: set[str], depth: int = 0) -> list[str] | None:
        """The names from `block` down to a function in `targets` it calls, if any."""
        called = self._called[id(block)]
        direct = sorted(targets & called)
        if direct:
            return [block.name, direct[0]]
        if depth >= 3:
            return None
        for name in sorted(called & self._by_name.keys()):
            for other in self._by_name[name]:
                rest = self.chain_to(other, targets, depth + 1) if other is not block else None
                if rest:
                    return [block.name, *rest]
        return None

    def in_loop(self, offset: int) -> Block | None:
        return self._loop_of.get(offset)

    def called_in_loop(self, name: str) -> bool:
        return any(self.calls_function(loop, name) for loop in self.loops)
