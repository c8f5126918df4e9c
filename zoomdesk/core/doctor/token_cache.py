"""The cached-token version of an integration's token function, in the user's own library:
what the doctor shows when it finds a token fetched for every API call."""

from __future__ import annotations

_JS_CALL = {
    "axios": (
        "const { data } = await axios.post(\n"
        '    "https://zoom.us/oauth/token",\n'
        '    new URLSearchParams({ grant_type: "account_credentials", '
        "account_id: process.env.ZOOM_ACCOUNT_ID }),\n"
        "    { auth: { username: process.env.ZOOM_CLIENT_ID, "
        "password: process.env.ZOOM_CLIENT_SECRET } },\n"
        "  );"
    ),
    "fetch": (
        "const basic = Buffer.from(\n"
        "    `${process.env.ZOOM_CLIENT_ID}:${process.env.ZOOM_CLIENT_SECRET}`,\n"
        '  ).toString("base64");\n'
        '  const response = await fetch("https://zoom.us/oauth/token", {\n'
        '    method: "POST",\n'
        "    headers: { Authorization: `Basic ${basic}` },\n"
        '    body: new URLSearchParams({ grant_type: "account_credentials", '
        "account_id: process.env.ZOOM_ACCOUNT_ID }),\n"
        "  });\n"
        "  if (!response.ok) throw new Error(`token request failed: ${response.status}`);\n"
        "  const data = await response.json();"
    ),
    "got": (
        'const data = await got.post("https://zoom.us/oauth/token", {\n'
        "    username: process.env.ZOOM_CLIENT_ID,\n"
        "    password: process.env.ZOOM_CLIENT_SECRET,\n"
        '    form: { grant_type: "account_credentials", '
        "account_id: process.env.ZOOM_ACCOUNT_ID },\n"
        "  }).json();"
    ),
}
_JS = """let cached = { token: null, expiresAt: 0 };

// Zoom's tokens last an hour (expires_in): reuse one until five minutes before it ends.
async function getAccessToken() {
  if (cached.token && Date.now() < cached.expiresAt - 5 * 60 * 1000) return cached.token;
  {call}
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return cached.token;
}
"""
_PY_CALL = {
    "requests": (
        "response = requests.post(\n"
        '        "https://zoom.us/oauth/token",\n'
        '        data={"grant_type": "account_credentials", '
        '"account_id": os.environ["ZOOM_ACCOUNT_ID"]},\n'
        '        auth=(os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]),\n'
        "        timeout=30,\n"
        "    )\n"
        "    response.raise_for_status()\n"
        "    data = response.json()"
    ),
}
_PY_CALL["httpx"] = _PY_CALL["requests"].replace("requests.post", "httpx.post")
_PY = """import os
import time

_cached = {"token": None, "expires_at": 0.0}


def get_access_token() -> str:
    \"\"\"Zoom's tokens last an hour (expires_in): reuse it until 5 minutes before.\"\"\"
    if _cached["token"] and time.monotonic() < _cached["expires_at"] - 300:
        return _cached["token"]
    {call}
    _cached.update(token=data["access_token"], expires_at=time.monotonic() + data["expires_in"])
    return _cached["token"]
"""
_AIOHTTP = """import os
import time

import aiohttp

_cached = {"token": None, "expires_at": 0.0}


async def get_access_token(session: aiohttp.ClientSession) -> str:
    \"\"\"Zoom's tokens last an hour (expires_in): reuse it until 5 minutes before.\"\"\"
    if _cached["token"] and time.monotonic() < _cached["expires_at"] - 300:
        return _cached["token"]
    async with session.post(
        "https://zoom.us/oauth/token",
        data={"grant_type": "account_credentials", "account_id": os.environ["ZOOM_ACCOUNT_ID"]},
        auth=aiohttp.BasicAuth(os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]),
    ) as response:
        response.raise_for_status()
        data = await response.json()
    _cached.update(token=data["access_token"], expires_at=time.monotonic() + data["expires_in"])
    return _cached["token"]
"""
_CSHARP = """private string? _token;
private DateTimeOffset _expiresAt;

// Zoom's tokens last an hour (expires_in): reuse one until five minutes before it ends.
private async Task<string> GetAccessTokenAsync()
{
    if (_token is not null && DateTimeOffset.UtcNow < _expiresAt.AddMinutes(-5)) return _token;
    var pair = $"{clientId}:{clientSecret}";
    var request = new HttpRequestMessage(HttpMethod.Post, "https://zoom.us/oauth/token")
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "account_credentials",
            ["account_id"] = accountId,
        }),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue(
        "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
    using var response = await _http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    _token = json.RootElement.GetProperty("access_token").GetString()!;
    var lifetime = json.RootElement.GetProperty("expires_in").GetInt32();
    _expiresAt = DateTimeOffset.UtcNow.AddSeconds(lifetime);
    return _token;
}
"""
_POWERSHELL = """$script:ZoomToken = $null
$script:ZoomTokenExpires = [DateTime]::MinValue

# Zoom's tokens last an hour (expires_in): reuse one until five minutes before it ends.
function Get-ZoomToken {
    if ($script:ZoomToken -and (Get-Date) -lt $script:ZoomTokenExpires.AddMinutes(-5)) {
        return $script:ZoomToken
    }
    $pair = "$($env:ZOOM_CLIENT_ID):$($env:ZOOM_CLIENT_SECRET)"
    $basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))
    $answer = Invoke-RestMethod -Method Post -Uri 'https://zoom.us/oauth/token' `
        -Headers @{ Authorization = "Basic $basic" } `
        -Body @{ grant_type = 'account_credentials'; account_id = $env:ZOOM_ACCOUNT_ID }
    $script:ZoomToken = $answer.access_token
    $script:ZoomTokenExpires = (Get-Date).AddSeconds($answer.expires_in)
    return $script:ZoomToken
}
"""


def token_cache_example(library: str) -> str:
    if library in _JS_CALL:
        return _JS.replace("{call}", _JS_CALL[library])
    if library in _PY_CALL:
        return _PY.replace("{call}", _PY_CALL[library])
    if library == "aiohttp":
        return _AIOHTTP
    if library == "HttpClient":
        return _CSHARP
    if library == "Invoke-RestMethod":
        return _POWERSHELL
    return _JS.replace("{call}", _JS_CALL["axios"])
