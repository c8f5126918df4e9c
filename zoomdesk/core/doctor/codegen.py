"""The corrected request as code for the user's stack: curl, Python (httpx, requests), Node
(axios) and C#. Secrets come from environment variables, never literals."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from zoomdesk.core.curl import sh
from zoomdesk.core.doctor import codegen_more
from zoomdesk.core.doctor.fix import (
    ACCOUNT_PLACEHOLDER,
    CLIENT_ID_PLACEHOLDER,
    credentials_of,
    token_params,
)
from zoomdesk.core.doctor.render import capped
from zoomdesk.core.doctor.request import HttpRequest, is_placeholder

LINE_LIMIT = 4_000
LANGUAGES = {
    "curl": "curl",
    "python-httpx": "Python (httpx)",
    "python-requests": "Python (requests)",
    "node-axios": "Node.js (axios)",
    "csharp": "C# (HttpClient)",
    "node-fetch": "Node.js (fetch)",
    "node-got": "Node.js (got)",
    "python-aiohttp": "Python (aiohttp)",
    "powershell": "PowerShell (Invoke-RestMethod)",
}
# The user's own library first: the language of the fix for each library the reader knows.
LANGUAGE_FOR_LIBRARY = {
    "axios": "node-axios",
    "fetch": "node-fetch",
    "got": "node-got",
    "requests": "python-requests",
    "httpx": "python-httpx",
    "aiohttp": "python-aiohttp",
    "HttpClient": "csharp",
    "Invoke-RestMethod": "powershell",
}


class _Plan:
    """What the code must send, with each value either literal or from an env var."""

    def __init__(self, req: HttpRequest) -> None:
        self.req = req
        self.token = req.is_token_request
        split = urlsplit(req.url)
        netloc = split.netloc.rpartition("@")[2]  # credentials go in `auth`, never the URL
        self.url = urlunsplit((split.scheme, netloc, split.path, "", ""))
        self.query = [(k, v) for k, v in req.query if k != "access_token"]
        if self.token:
            params = token_params(req)
            client_id, _ = credentials_of(req)
            account = params.get("account_id", ACCOUNT_PLACEHOLDER)
            self.client_id = self._value(client_id, "ZOOM_CLIENT_ID")
            self.account_id = self._value(account, "ZOOM_ACCOUNT_ID")
        body = req.json_body()
        self.json = body if isinstance(body, dict | list) and not self.token else None

    @staticmethod
    def _value(value: str, env: str) -> tuple[str, str | None]:
        """(literal, None) or ("", ENV_NAME) when the value is a placeholder."""
        if value in (CLIENT_ID_PLACEHOLDER, ACCOUNT_PLACEHOLDER) or is_placeholder(value):
            return "", env
        return value, None


def _curl(p: _Plan) -> str:
    if p.token:
        cid = p.client_id[0] or "$ZOOM_CLIENT_ID"
        acct = p.account_id[0] or "$ZOOM_ACCOUNT_ID"
        return (
            f"curl -X POST {sh(p.url)} \\\n"
            f"  -u {sh(cid + ':$ZOOM_CLIENT_SECRET')} \\\n"
            f"  -d grant_type=account_credentials \\\n"
            f"  -d {sh('account_id=' + acct)}"
        )
    url = p.url + ("?" + "&".join(f"{k}={v}" for k, v in p.query) if p.query else "")
    lines = [f"curl -X {p.req.method} {sh(url)}", f"  -H {sh('Authorization: Bearer $ZOOM_TOKEN')}"]
    if p.json is not None:
        lines += ["  -H 'Content-Type: application/json'", f"  --data-raw {sh(json.dumps(p.json))}"]
    return " \\\n".join(lines)


def _py_value(value: tuple[str, str | None]) -> str:
    return json.dumps(value[0]) if value[1] is None else f'os.environ["{value[1]}"]'


def _py(data: object) -> str:
    """A Python literal with double-quoted strings, as ruff/black would write it."""
    if isinstance(data, dict):
        return "{" + ", ".join(f"{_py(k)}: {_py(v)}" for k, v in data.items()) + "}"
    if isinstance(data, list):
        return "[" + ", ".join(_py(v) for v in data) + "]"
    if isinstance(data, str):
        return json.dumps(data, ensure_ascii=False)
    return repr(data)


def _python(p: _Plan, lib: str) -> str:
    head = f"import os\n\nimport {lib}\n\n"
    if p.token:
        return head + (
            f"response = {lib}.post(\n"
            f"    {json.dumps(p.url)},\n"
            "    # a form body: data=, not params= (the query string) and not json=\n"
            f'    data={{"grant_type": "account_credentials", '
            f'"account_id": {_py_value(p.account_id)}}},\n'
            f'    auth=({_py_value(p.client_id)}, os.environ["ZOOM_CLIENT_SECRET"]),\n'
            f"    timeout=30,\n"
            f")\n"
            f"response.raise_for_status()\n"
            f'token = response.json()["access_token"]\n'
        )
    args = [json.dumps(p.url)]
    if p.query:
        args.append(f"params={_py(dict(p.query))}")
    if p.json is not None:
        args.append(f"json={_py(p.json)}")
    args.append('headers={"Authorization": f"Bearer {os.environ[\'ZOOM_TOKEN\']}"}')
    args.append("timeout=30")
    call = f"{lib}.request(\n    {json.dumps(p.req.method)},\n"
    call += "".join(f"    {a},\n" for a in args) + ")"
    return head + f"response = {call}\nresponse.raise_for_status()\n"


def _js_value(value: tuple[str, str | None]) -> str:
    return json.dumps(value[0]) if value[1] is None else f"process.env.{value[1]}"


def _axios(p: _Plan) -> str:
    head = 'const axios = require("axios");\n\n'
    if p.token:
        return head + (
            "// data: new URLSearchParams(…) sends a form body; `params:` would put the values\n"
            "// in the query string, which Zoom answers with 400.\n"
            "const response = await axios.post(\n"
            f"  {json.dumps(p.url)},\n"
            "  new URLSearchParams({\n"
            '    grant_type: "account_credentials",\n'
            f"    account_id: {_js_value(p.account_id)},\n"
            "  }),\n"
            "  {\n"
            f"    auth: {{ username: {_js_value(p.client_id)}, "
            "password: process.env.ZOOM_CLIENT_SECRET },\n"
            "  },\n"
            ");\n"
            "const token = response.data.access_token;\n"
        )
    config = [f"method: {json.dumps(p.req.method.lower())}", f"url: {json.dumps(p.url)}"]
    if p.query:
        config.append(f"params: {json.dumps(dict(p.query))}")  # query parameters of an API call
    if p.json is not None:
        config.append(f"data: {json.dumps(p.json)}")
    config.append("headers: { Authorization: `Bearer ${process.env.ZOOM_TOKEN}` }")
    return (
        head + "const response = await axios({\n" + "".join(f"  {c},\n" for c in config) + "});\n"
    )


def _cs_value(value: tuple[str, str | None]) -> str:
    if value[1] is None:
        return json.dumps(value[0])
    return f'Environment.GetEnvironmentVariable("{value[1]}")!'


def _csharp(p: _Plan) -> str:
    head = (
        "using System.Net.Http.Headers;\nusing System.Text;\n\nusing var http = new HttpClient();\n"
    )
    if p.token:
        return head + (
            f"var clientId = {_cs_value(p.client_id)};\n"
            'var clientSecret = Environment.GetEnvironmentVariable("ZOOM_CLIENT_SECRET")!;\n'
            f"var request = new HttpRequestMessage(HttpMethod.Post, {json.dumps(p.url)})\n"
            "{\n"
            "    // FormUrlEncodedContent: a form body, not the query string\n"
            "    Content = new FormUrlEncodedContent(new Dictionary<string, string>\n"
            "    {\n"
            '        ["grant_type"] = "account_credentials",\n'
            f'        ["account_id"] = {_cs_value(p.account_id)},\n'
            "    }),\n"
            "};\n"
            "request.Headers.Authorization = new AuthenticationHeaderValue(\n"
            '    "Basic",\n'
            '    Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));\n'
            "using var response = await http.SendAsync(request);\n"
            "response.EnsureSuccessStatusCode();\n"
            "var json = await response.Content.ReadAsStringAsync();\n"
        )
    url = p.url + ("?" + "&".join(f"{k}={v}" for k, v in p.query) if p.query else "")
    method = p.req.method.title()
    lines = [
        f"var request = new HttpRequestMessage(new HttpMethod({json.dumps(p.req.method)}), "
        f"{json.dumps(url)});",
        'request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", '
        'Environment.GetEnvironmentVariable("ZOOM_TOKEN"));',
    ]
    if p.json is not None:
        lines.append(
            f"request.Content = new StringContent({json.dumps(json.dumps(p.json))}, "
            'Encoding.UTF8, "application/json");'
        )
    lines += [
        "using var response = await http.SendAsync(request);",
        f"response.EnsureSuccessStatusCode();  // {method} {urlsplit(p.url).path}",
    ]
    return head + "\n".join(lines) + "\n"


_GENERATORS: dict[str, Callable[[_Plan], str]] = {
    "curl": _curl,
    "python-httpx": lambda p: _python(p, "httpx"),
    "python-requests": lambda p: _python(p, "requests"),
    "node-axios": _axios,
    "csharp": _csharp,
    "node-fetch": codegen_more.fetch,
    "node-got": codegen_more.got,
    "python-aiohttp": codegen_more.aiohttp,
    "powershell": codegen_more.powershell,
}


def generate(req: HttpRequest, language: str) -> str:
    """Code that sends `req` (normally the corrected request) in `language` (see LANGUAGES).
    A line longer than a screen can show (a pasted 1 MB URL) is cut, so the code stays readable."""
    code = _GENERATORS[language](_Plan(req))
    if len(code) <= LINE_LIMIT:
        return code
    return "\n".join(capped(line, LINE_LIMIT) for line in code.split("\n"))
