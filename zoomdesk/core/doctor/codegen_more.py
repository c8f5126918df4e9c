"""More generators for the corrected request, so the fix comes in the user's own library:
Node fetch and got, Python aiohttp, PowerShell Invoke-RestMethod. Registered in codegen."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # codegen imports this module
    from zoomdesk.core.doctor.codegen import _Plan as Plan


def _js_value(value: tuple[str, str | None]) -> str:
    return json.dumps(value[0]) if value[1] is None else f"process.env.{value[1]}"


def _url(p: Plan) -> str:
    query = "&".join(f"{k}={v}" for k, v in p.query)
    return f"{p.url}?{query}" if query else str(p.url)


def fetch(p: Plan) -> str:
    if p.token:
        return (
            "const credentials = Buffer.from(\n"
            f"  `${{{_js_value(p.client_id)}}}:${{process.env.ZOOM_CLIENT_SECRET}}`,\n"
            ').toString("base64");\n'
            f"const response = await fetch({json.dumps(p.url)}, {{\n"
            '  method: "POST",\n'
            "  headers: { Authorization: `Basic ${credentials}` },\n"
            "  // a URLSearchParams body is sent as a form (not in the query string)\n"
            "  body: new URLSearchParams({\n"
            '    grant_type: "account_credentials",\n'
            f"    account_id: {_js_value(p.account_id)},\n"
            "  }),\n"
            "});\n"
            "if (!response.ok) throw new Error(`token request failed: ${response.status}`);\n"
            "const { access_token: token } = await response.json();\n"
        )
    lines = [f"const response = await fetch({json.dumps(_url(p))}, {{"]
    lines.append(f"  method: {json.dumps(p.req.method)},")
    headers = "Authorization: `Bearer ${process.env.ZOOM_TOKEN}`"
    if p.json is not None:
        headers += ', "Content-Type": "application/json"'
        lines.append(f"  headers: {{ {headers} }},")
        lines.append(f"  body: JSON.stringify({json.dumps(p.json)}),")
    else:
        lines.append(f"  headers: {{ {headers} }},")
    lines += ["});", "if (!response.ok) throw new Error(`Zoom answered ${response.status}`);"]
    return "\n".join(lines) + "\n"


def got(p: Plan) -> str:
    head = 'import got from "got";\n\n'
    if p.token:
        return head + (
            f"const {{ access_token: token }} = await got.post({json.dumps(p.url)}, {{\n"
            f"  username: {_js_value(p.client_id)},\n"
            "  password: process.env.ZOOM_CLIENT_SECRET,\n"
            "  // form: sends a form body; searchParams: would be the query string\n"
            '  form: { grant_type: "account_credentials", '
            f"account_id: {_js_value(p.account_id)} }},\n"
            "}).json();\n"
        )
    options = ["  headers: { Authorization: `Bearer ${process.env.ZOOM_TOKEN}` },"]
    if p.query:
        options.append(f"  searchParams: {json.dumps(dict(p.query))},")
    if p.json is not None:
        options.append(f"  json: {json.dumps(p.json)},")
    return head + (
        f"const body = await got({json.dumps(p.url)}, {{\n"
        f"  method: {json.dumps(p.req.method)},\n" + "\n".join(options) + "\n}).json();\n"
    )


def _py_value(value: tuple[str, str | None]) -> str:
    return json.dumps(value[0]) if value[1] is None else f'os.environ["{value[1]}"]'


def aiohttp(p: Plan) -> str:
    head = "import os\n\nimport aiohttp\n\n"
    if p.token:
        return head + (
            "async with aiohttp.ClientSession() as session:\n"
            "    async with session.post(\n"
            f"        {json.dumps(p.url)},\n"
            "        # data= is a form body; params= would be the query string\n"
            '        data={"grant_type": "account_credentials", '
            f'"account_id": {_py_value(p.account_id)}}},\n'
            f"        auth=aiohttp.BasicAuth({_py_value(p.client_id)}, "
            'os.environ["ZOOM_CLIENT_SECRET"]),\n'
            "    ) as response:\n"
            "        response.raise_for_status()\n"
            '        token = (await response.json())["access_token"]\n'
        )
    args = [json.dumps(p.url)]
    if p.query:
        args.append(f"params={json.dumps(dict(p.query))}")
    if p.json is not None:
        args.append(f"json={json.dumps(p.json)}")
    args.append('headers={"Authorization": f"Bearer {os.environ[\'ZOOM_TOKEN\']}"}')
    return head + (
        "async with aiohttp.ClientSession() as session:\n"
        f"    async with session.request({json.dumps(p.req.method)}, "
        + ", ".join(args)
        + ") as response:\n"
        "        response.raise_for_status()\n"
    )


def _ps_value(value: tuple[str, str | None]) -> str:
    return "'" + value[0].replace("'", "''") + "'" if value[1] is None else f"$env:{value[1]}"


def _ps_interpolated(value: tuple[str, str | None]) -> str:
    """A value inside a double-quoted PowerShell string."""
    if value[1] is not None:
        return f"$($env:{value[1]})"
    return re.sub(r'([`"$])', r"`\1", value[0])


def powershell(p: Plan) -> str:
    if p.token:
        return (
            f'$pair = "{_ps_interpolated(p.client_id)}:$($env:ZOOM_CLIENT_SECRET)"\n'
            "$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))\n"
            "# a hashtable -Body on a POST is sent as a form body, which is what Zoom expects\n"
            "$token = (Invoke-RestMethod -Method Post -Uri "
            f"'{p.url}' `\n"
            '    -Headers @{ Authorization = "Basic $basic" } `\n'
            "    -Body @{ grant_type = 'account_credentials'; "
            f"account_id = {_ps_value(p.account_id)} }}).access_token\n"
        )
    lines = [
        f"Invoke-RestMethod -Method {p.req.method.title()} -Uri '{_url(p)}' `",
        '    -Headers @{ Authorization = "Bearer $env:ZOOM_TOKEN" }',
    ]
    if p.json is not None:
        body = json.dumps(p.json).replace("'", "''")
        lines[-1] += " `"
        lines.append(f"    -ContentType 'application/json' -Body '{body}'")
    return "\n".join(lines) + "\n"
