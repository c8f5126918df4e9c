"""Readers for more HTTP libraries: Node `got`, C# `HttpClient`, PowerShell `Invoke-RestMethod`.
Each turns one call into an HttpRequest the same way parse_code's axios/fetch/requests readers do
(literal parts read, computed parts kept as `${expr}`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from zoomdesk.core.doctor.code_call import FORM_TYPE, CodeCall, apply_config, call_args
from zoomdesk.core.doctor.code_reader import Source, matching, skip_string, split_top, string_value
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate_noop

_GOT = re.compile(r"(?<![\w$.])got(?:\.(get|post|put|patch|delete))?\s*\(")
_CS_SEND = re.compile(r"\b\w+\.(Get|Post|Put|Patch|Delete)(AsJson)?Async\s*\(")
_CS_MESSAGE = re.compile(r"\bnew\s+HttpRequestMessage\s*\(")
_PS = re.compile(r"(?im)\b(?:Invoke-RestMethod|Invoke-WebRequest|irm|iwr)\b")
MESSAGE_WINDOW = 5_000  # characters after `new HttpRequestMessage(` read for its content
STATEMENT_LIMIT = 20_000  # characters of one PowerShell command
_PS_PARAM = re.compile(r"-(\w+)(?:\s+|:)")


def _got(src: Source, match: re.Match[str]) -> HttpRequest:
    args = call_args(src.text, match)
    call = CodeCall(src)
    options = dict(src.mapping(args[1]) or {}) if len(args) > 1 else {}
    if args and src.mapping(args[0]) is not None:
        options = dict(src.mapping(args[0]) or {})
    url = src.text_of(options.get("url", args[0] if args else "''"))
    if "searchParams" in options:
        call.params(options["searchParams"])
    if "form" in options:
        call.form(options["form"])
    if "username" in options:
        call.auth(f"{{username: {options['username']}, password: {options.get('password', '')}}}")
    apply_config(call, {k: v for k, v in options.items() if k in ("headers", "json")}, axios=False)
    if "body" in options:
        call.data(options["body"], axios=False)
    method = src.text_of(options.get("method", f"'{match.group(1) or 'get'}'"))
    return call.build(method, url, translate_noop("DoctorParse", "got code"))


def _cs_content(call: CodeCall, src: Source, expr: str) -> None:
    expr = src.resolve(expr)
    form = re.fullmatch(r"new\s+FormUrlEncodedContent\s*\((.*)\)", expr, re.S)
    text = re.fullmatch(r"new\s+StringContent\s*\((.*)\)", expr, re.S)
    if form:
        call.form(form.group(1))
    elif text:
        parts = split_top(text.group(1))
        media = string_value(parts[2]) if len(parts) > 2 else None
        inner = re.fullmatch(r"JsonSerializer\.Serialize\s*\((.*)\)", src.resolve(parts[0]), re.S)
        if inner:
            call.json(inner.group(1).strip(), content_type=media)
        else:
            call.body = src.text_of(parts[0])
            call.header("Content-Type", media or "text/plain; charset=utf-8", implicit=True)
    elif re.match(r"JsonContent\.Create\s*\(", expr):
        call.json(expr[expr.index("(") + 1 : -1])


def _cs_header_settings(src: Source) -> list[tuple[int, str, str]]:
    """(position, name, value expression) of every header the C# code sets, found once:
    `….Headers.Authorization = new AuthenticationHeaderValue("Bearer", token)` and
    `….Headers.Add("Name", value)`, on a request or the client's DefaultRequestHeaders."""
    cached = src.memo.get("csharp-headers")
    if isinstance(cached, list):
        return cached
    text, found = src.text, []
    for m in re.finditer(r"Authorization\s*=\s*new\s+AuthenticationHeaderValue\s*\(", text):
        close = matching(text, m.end() - 1)
        parts = split_top(text[m.end() : close]) if close < len(text) else []
        if parts:
            scheme = src.text_of(parts[0])
            value = src.resolve(parts[1]) if len(parts) > 1 else ""
            found.append(
                (m.start(), "Authorization", f'"{scheme} " + {value}' if value else f'"{scheme}"')
            )
    for m in re.finditer(r"Headers\.(?:TryAdd(?:WithoutValidation)?|Add)\s*\(", text):
        close = matching(text, m.end() - 1)
        parts = split_top(text[m.end() : close]) if close < len(text) else []
        if len(parts) == 2:
            found.append((m.start(), src.text_of(parts[0]), parts[1]))
    found.sort()
    src.memo["csharp-headers"] = found
    return found


def _cs_headers(call: CodeCall, src: Source, start: int, end: int) -> None:
    for position, name, raw in _cs_header_settings(src):
        if start <= position < end:
            call.add_header(name, raw)


def _cs_send(src: Source, match: re.Match[str]) -> HttpRequest:
    args = call_args(src.text, match)
    call = CodeCall(src)
    _cs_headers(call, src, 0, match.start())
    if match.group(2) and len(args) > 1:  # PostAsJsonAsync(url, value)
        call.json(args[1])
    elif len(args) > 1:
        _cs_content(call, src, args[1])
    return call.build(
        match.group(1),
        src.text_of(args[0]) if args else "",
        translate_noop("DoctorParse", "C# code"),
    )


def _cs_message(src: Source, match: re.Match[str]) -> HttpRequest:
    args = call_args(src.text, match)
    call = CodeCall(src)
    method = "GET"
    if args:
        named = re.fullmatch(r"HttpMethod\.(\w+)", args[0].strip())
        custom = re.fullmatch(r"new\s+HttpMethod\s*\((.*)\)", args[0].strip())
        method = named.group(1) if named else src.text_of(custom.group(1)) if custom else method
    # what follows, up to the send, sets the content and headers of this message
    end = src.text.find("SendAsync", match.end(), match.end() + MESSAGE_WINDOW)
    stop = end if end > 0 else min(len(src.text), match.end() + MESSAGE_WINDOW)
    following = src.text[match.end() : stop]
    content = re.search(r"Content\s*=\s*", following)
    if content:
        start = content.end()
        created = re.search(r"new\s+\w+\s*(?:<[^>]*>)?\s*\(", following[start:])
        if created:
            close = matching(following, start + created.end() - 1)
            _cs_content(call, src, following[start : close + 1])
    _cs_headers(call, src, 0, match.start())
    _cs_headers(call, src, match.end(), stop)
    url = src.text_of(args[1]) if len(args) > 1 else ""
    return call.build(method, url, translate_noop("DoctorParse", "C# code"))


def _ps_statement(text: str, start: int) -> str:
    """The command from `start` to its end of line (with backtick continuations)."""
    end = start
    limit = min(len(text), start + STATEMENT_LIMIT)
    while True:
        newline = text.find("\n", end, limit)
        if newline < 0:
            return text[start:limit]
        if text[end:newline].rstrip().endswith("`"):
            end = newline + 1
            continue
        return text[start:newline]


def _balanced(statement: str) -> str:
    """`(Invoke-RestMethod … -Body @{…}).access_token` → the command up to its closing `)`."""
    depth, index = 0, 0
    while index < len(statement):
        char = statement[index]
        if char in "'\"":
            index = skip_string(statement, index)
            continue
        depth += {"(": 1, "{": 1, "[": 1, ")": -1, "}": -1, "]": -1}.get(char, 0)
        if depth < 0:
            return statement[:index]
        index += 1
    return statement


def _ps_word(value: str) -> str:
    """PowerShell reads a bare argument (`-Method Post`) as a string."""
    return (
        f"'{value}'" if re.fullmatch(r"[\w./:?&=%-]+", value) and not value[0].isdigit() else value
    )


def _ps_parameters(src: Source, statement: str) -> dict[str, str]:
    statement = _balanced(statement.replace("`\r\n", " ").replace("`\n", " "))
    words = split_top(statement, " ")
    params: dict[str, str] = {}
    index = 1
    while index < len(words):
        word = words[index]
        if word.startswith("@") and not word.startswith("@{"):  # splatting: @params
            params.update({k.lower(): v for k, v in (src.mapping(word[1:]) or {}).items()})
        elif word.startswith("-") and index + 1 < len(words):
            params[word[1:].lower()] = _ps_word(words[index + 1])
            index += 1
        index += 1
    return params


def _powershell(src: Source, match: re.Match[str]) -> HttpRequest:
    params = _ps_parameters(src, _ps_statement(src.text, match.start()))
    call = CodeCall(src)
    method = src.text_of(params.get("method", "'GET'"))
    if "headers" in params:
        call.add_headers(params["headers"])
    if "contenttype" in params:
        call.header("Content-Type", src.text_of(params["contenttype"]))
    body = src.resolve(params.get("body", ""))
    if body:
        converted = re.search(r"ConvertTo-Json", body, re.I)
        table = src.resolve(re.sub(r"\|\s*ConvertTo-Json.*$|^\(|\)$", "", body, flags=re.I | re.S))
        if converted and src.mapping(table) is not None:
            call.json(table, content_type=None)
        elif src.mapping(body) is not None:
            call.form(body)  # a hashtable body is sent as a form (POST) by Invoke-RestMethod
        else:
            call.body = src.text_of(body)
        # Invoke-RestMethod's default type for a POST body is a form, even for JSON text
        call.header("Content-Type", FORM_TYPE, implicit=True)
    uri = params.get("uri", "")
    if not uri:
        first = _ps_statement(src.text, match.start()).split()[1:2]
        uri = first[0] if first and not first[0].startswith("-") else "''"
    return call.build(method, src.text_of(uri), translate_noop("DoctorParse", "PowerShell code"))


Reader = Callable[[Source, re.Match[str]], HttpRequest]
LIBRARY_READERS: list[tuple[re.Pattern[str], Reader, str]] = [
    (_GOT, _got, "got"),
    (_CS_SEND, _cs_send, "HttpClient"),
    (_CS_MESSAGE, _cs_message, "HttpClient"),
    (_PS, _powershell, "Invoke-RestMethod"),
]
PATTERNS = [pattern for pattern, _, _ in LIBRARY_READERS]
__all__ = ["LIBRARY_READERS", "PATTERNS"]
