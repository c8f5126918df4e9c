"""A small reader for the literal parts of JavaScript and Python source: call arguments, object
and dict literals, strings, and simple variable definitions. Enough to understand a pasted
`axios.post(…)` or `requests.post(…)` without running it; anything computed becomes a
placeholder such as `${accountId}`."""

from __future__ import annotations

import functools
import re

_OPEN = {"(": ")", "[": "]", "{": "}"}
_QUOTES = "'\"`"


def skip_string(text: str, i: int) -> int:
    """`text[i]` is a quote; return the index after the closing quote."""
    quote = text[i]
    triple = text[i : i + 3] == quote * 3 and quote != "`"
    end_mark = quote * 3 if triple else quote
    j = i + len(end_mark)
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text.startswith(end_mark, j):
            return j + len(end_mark)
        j += 1
    return len(text)


@functools.lru_cache(maxsize=16)
def bracket_pairs(text: str) -> dict[int, int]:
    """Every opening bracket of the text (outside strings and comments) → its closing bracket,
    or len(text) when it is never closed. One pass, so reading a call's arguments, a
    function's body or an object literal costs a lookup, not a scan to the end of the text
    (which made `f(){` × 5,000 take 20 s)."""
    pairs: dict[int, int] = {}
    stack: list[tuple[int, str]] = []
    j, size = 0, len(text)
    while j < size:
        ch = text[j]
        if ch in _QUOTES:
            j = skip_string(text, j)
            continue
        if text.startswith("//", j) or (ch == "#" and not text.startswith("#{", j)):
            newline = text.find("\n", j)
            j = size if newline < 0 else newline
            continue
        if ch in _OPEN:
            stack.append((j, _OPEN[ch]))
        elif stack and ch == stack[-1][1]:
            pairs[stack.pop()[0]] = j
        j += 1
    for start, _ in stack:
        pairs[start] = size
    return pairs


def matching(text: str, i: int) -> int:
    """`text[i]` opens a bracket; return the index of its closing bracket (len(text) if it is
    never closed, `i` itself if the bracket is inside a string or a comment)."""
    return bracket_pairs(text).get(i, i)


def split_top(text: str, sep: str = ",") -> list[str]:
    parts: list[str] = []
    depth, start, j = 0, 0, 0
    while j < len(text):
        ch = text[j]
        if ch in _QUOTES:
            j = skip_string(text, j)
            continue
        if ch in _OPEN:
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:j].strip())
            start = j + 1
        j += 1
    tail = text[start:].strip()
    return [p for p in [*parts, tail] if p]


def string_value(expr: str) -> str | None:
    """The text of a string literal (JS/Python, template literal, f-string), else None."""
    expr = expr.strip()
    prefix = re.match(r"^(?:\$@?|@\$?|[rRbBuUfF]{0,2})", expr)
    body = expr[prefix.end() if prefix else 0 :]
    if len(body) < 2 or body[0] not in _QUOTES or skip_string(body, 0) != len(body):
        return None
    quote_len = 3 if body[:3] == body[0] * 3 else 1
    inner = body[quote_len:-quote_len]
    if prefix and ("f" in prefix.group().lower() or "$" in prefix.group()):
        inner = re.sub(r"\{([^{}]+)\}", r"${\1}", inner)  # f"{x}", C# $"{x}"
    elif body[0] == '"' and re.search(r"(?<![\\$])\$[A-Za-z_(]", inner):
        # PowerShell: "$x" is a variable, "$env:NAME" and "$($env:NAME)" environment reads
        inner = re.sub(r"\$\(\$env:(\w+)\)", r"$env:\1", inner)
        inner = re.sub(r"(?<![\\{])\$(?!env:)([A-Za-z_]\w*)", r"${$\1}", inner)
        inner = re.sub(r"\$env:(\w+)", r"$\1", inner)
    return re.sub(r"\\(.)", r"\1", inner)


_ENV = [
    re.compile(r"^process\.env\.(\w+)$"),
    re.compile(r"^process\.env\[['\"](\w+)['\"]\]$"),
    re.compile(r"^os\.environ\[['\"](\w+)['\"]\]$"),
    re.compile(r"^os\.(?:getenv|environ\.get)\(\s*['\"](\w+)['\"].*\)$"),
    re.compile(r"^Environment\.GetEnvironmentVariable\(\s*\"(\w+)\"\s*\)$"),
]


_ASSIGN = re.compile(
    r"(?:\b(?:const|let|var|string|int|bool|dynamic|object)\s+)?(?<![\w$.])"
    r"(?:(?:this|self)\.)?([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>\[\]|]+\s*)?=\s*(?![=>])"
)
_TO_LINE_END = re.compile(r"[^;\n]{0,2000}")  # a simple value; never the rest of a huge line


class Source:
    """Pasted code, with its simple assignments (`const x = '…'`, `x = {…}`) available."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.vars: dict[str, str] = {}
        # what a reader found once in the whole text (client defaults, header settings), so
        # that each call does not search the text before it again
        self.memo: dict[str, object] = {}
        for m in _ASSIGN.finditer(text):
            start = m.end()
            if text.startswith("@{", start):  # a PowerShell hashtable (maybe | ConvertTo-Json)
                end = matching(text, start + 1) + 1
                rest = _TO_LINE_END.match(text, end)
                if rest and rest.group().strip().startswith("|"):
                    end = rest.end()
            elif start < len(text) and text[start] in _OPEN:
                end = matching(text, start) + 1
                if end > len(text):  # never closed: read no further than the line
                    end = _TO_LINE_END.match(text, start).end()  # type: ignore[union-attr]
                rest = _TO_LINE_END.match(text, end)  # [Convert]::ToBase64String(…), (a).b
                if rest and rest.group().strip().startswith(("::", ".", "(", "[", "+")):
                    end = rest.end()
            elif start < len(text) and text[start] in _QUOTES:
                end = skip_string(text, start)
                rest = _TO_LINE_END.match(text, end)  # 'Basic ' + token, …
                if rest and rest.group().strip().startswith(("+", ".")):
                    end = rest.end()
            else:
                end = _TO_LINE_END.match(text, start).end()  # type: ignore[union-attr]
            self.vars.setdefault(m.group(1), text[start:end].strip())

    def resolve(self, expr: str, depth: int = 0) -> str:
        expr = expr.strip().rstrip(";").strip()
        expr = re.sub(r"^(?:await\s+)", "", expr)
        name = re.sub(r"^(?:this|self)\.", "", expr)  # members set in a constructor
        if depth < 4 and re.fullmatch(r"[A-Za-z_$][\w$]*", name) and name in self.vars:
            return self.resolve(self.vars[name], depth + 1)
        call = re.fullmatch(r"([A-Za-z_$][\w$]*)\s*\(.*\)", name, re.S)
        if depth < 4 and call and call.group(1) in self.returns:
            return self.resolve(self.returns[call.group(1)], depth + 1)  # getHeaders()
        return expr

    @functools.cached_property
    def returns(self) -> dict[str, str]:
        """What each function of the snippet returns (its first `return`), by name."""
        from zoomdesk.core.doctor.code_functions import find_functions, return_expression

        out: dict[str, str] = {}
        for block in find_functions(self.text):
            expression = return_expression(self.text, block)
            if expression:
                out.setdefault(block.name, expression)
        return out

    def value_of(self, expr: str) -> object:
        """A JSON value as the request would carry it: literals keep their type (numbers,
        booleans, objects, arrays); anything computed becomes the string `${expr}`."""
        expr = self.resolve(expr)
        if re.fullmatch(r"-?\d+", expr):
            return int(expr)
        if re.fullmatch(r"-?\d+\.\d+", expr):
            return float(expr)
        lowered = expr.lower()
        if lowered in ("true", "false", "$true", "$false"):
            return lowered.endswith("true")
        if lowered in ("null", "none", "$null", "undefined"):
            return None
        if expr.startswith("[") and expr.endswith("]"):
            return [self.value_of(item) for item in split_top(expr[1:-1])]
        pairs = self.mapping(expr)
        if pairs is not None:
            return {k: self.value_of(v) for k, v in pairs.items()}
        return self.text_of(expr)

    def text_of(self, expr: str) -> str:
        """A value as the request would carry it; unknown expressions become `${expr}`."""
        expr = self.resolve(expr)
        literal = string_value(expr)
        if literal is not None:
            return re.sub(r"\$\{([^{}]+)\}", lambda m: self._var_text(m.group(1)), literal)
        for pattern in _ENV:
            env = pattern.match(expr)
            if env:
                return f"${env.group(1)}"
        if re.fullmatch(r"-?\d+(\.\d+)?|true|false|True|False", expr):
            return expr
        pieces = split_top(expr, "+")
        if len(pieces) > 1:
            return "".join(self.text_of(p) for p in pieces)
        return "${" + expr + "}"

    def _var_text(self, name: str) -> str:
        resolved = self.resolve(name)
        for pattern in _ENV:
            env = pattern.match(resolved)
            if env:
                return f"${env.group(1)}"
        if resolved != name.strip() and string_value(resolved) is not None:
            return self.text_of(resolved)
        return "${" + name.strip() + "}"

    def mapping(self, expr: str) -> dict[str, str] | None:
        """An object/dict literal as key -> raw value expression, or None."""
        expr = self.resolve(expr)
        call = re.fullmatch(
            r"(?:dict|new\s+URLSearchParams|qs\.stringify|querystring"
            r"\.stringify)\s*\((.*)\)",
            expr,
            re.S,
        )
        if call:
            inner = call.group(1).strip()
            if expr.startswith("dict"):
                return {k.strip(): v for k, _, v in (p.partition("=") for p in split_top(inner))}
            return self.mapping(inner)
        if expr.startswith("@{") and expr.endswith("}"):
            return self._hashtable(expr[2:-1])
        dictionary = re.fullmatch(
            r"new\s+(?:Dictionary<[^>]*>\s*(?:\(\s*\))?\s*)?(\{.*\})", expr, re.S
        )
        if dictionary:
            return self._initializer(dictionary.group(1)[1:-1])
        if not (expr.startswith("{") and expr.endswith("}")):
            return None
        out: dict[str, str] = {}
        for item in split_top(expr[1:-1]):
            if item.startswith("..."):
                continue
            key, sep, value = item.partition(":")
            key_text = string_value(key) or key.strip()
            if key.strip().startswith("["):
                continue
            out[key_text] = value.strip() if sep else key.strip()
        return out

    def _hashtable(self, inner: str) -> dict[str, str]:
        """PowerShell `@{ name = 'value'; other = $x }` (entries split by `;` or newlines)."""
        out: dict[str, str] = {}
        for line in split_top(inner.replace("\n", ";"), ";"):
            key, sep, value = line.partition("=")
            if sep:
                out[string_value(key.strip()) or key.strip()] = value.strip()
        return out

    def _initializer(self, inner: str) -> dict[str, str]:
        """C# `{ { "a", x }, ["b"] = y }`."""
        out: dict[str, str] = {}
        for item in split_top(inner):
            pair = split_top(item[1:-1]) if item.startswith("{") else []
            if len(pair) == 2:
                out[string_value(pair[0]) or pair[0]] = pair[1]
                continue
            indexed = re.fullmatch(r"\[(.+?)\]\s*=\s*(.+)", item, re.S)
            if indexed:
                out[string_value(indexed.group(1)) or indexed.group(1)] = indexed.group(2)
        return out
