"""Read a pasted cURL command (bash, cmd.exe or PowerShell line continuations) into a request."""

from __future__ import annotations

import base64
import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.doctor.shell_words import UnbalancedQuotes, split_words
from zoomdesk.core.i18n import translate


class ParseError(ValueError):
    """The text could not be read as a request; the message says why, for a user."""


_TAKES_VALUE_IGNORED = {
    "-o", "--output", "-A", "--user-agent", "-e", "--referer", "-b", "--cookie", "-c",
    "--cookie-jar", "-x", "--proxy", "-m", "--max-time", "--connect-timeout", "-w",
    "--write-out", "--cacert", "--capath", "-E", "--cert", "--key", "-T", "--upload-file",
    "-r", "--range", "--retry", "--resolve", "-U", "--proxy-user", "--retry-delay",
    "--retry-max-time", "-K", "--config", "--interface", "--limit-rate", "-y", "-Y",
    "--tls-max", "--ciphers", "--proto", "--max-redirs", "--connect-to", "-D", "--dump-header",
}  # fmt: skip
_DATA = {"-d", "--data", "--data-ascii", "--data-binary", "--data-raw"}
_SHORT_WITH_VALUE = set("XHdudFoAebcxmwETrUKyY")


def _join_lines(text: str) -> str:
    text = text.strip()
    # bash `\`, cmd.exe `^` and PowerShell backtick line continuations
    text = re.sub(r"[\\^`]\r?\n", " ", text)
    return text.replace("\r\n", "\n").replace("\n", " ")


def _split(text: str) -> list[str]:
    try:
        return split_words(text)
    except UnbalancedQuotes as error:
        raise ParseError(
            translate("DoctorParse", "The cURL command has unbalanced quotes ({error}).").format(
                error=error
            )
        ) from error


def _expand_short(args: list[str]) -> list[str]:
    """`-XPOST` → `-X POST`, `-sSL` → `-s -S -L`, `-H'a: b'` → `-H 'a: b'`."""
    out: list[str] = []
    for arg in args:
        if len(arg) > 2 and arg[0] == "-" and arg[1] != "-":
            flags = arg[1:]
            for i, ch in enumerate(flags):
                if ch in _SHORT_WITH_VALUE:
                    out.append("-" + ch)
                    if flags[i + 1 :]:
                        out.append(flags[i + 1 :])
                    break
                out.append("-" + ch)
        elif arg.startswith("--") and "=" in arg:
            name, _, value = arg.partition("=")
            out += [name, value]
        else:
            out.append(arg)
    return out


def parse_curl(text: str) -> HttpRequest:
    args = _split(_join_lines(text))
    if not args or args[0].lower() not in ("curl", "curl.exe"):
        raise ParseError(translate("DoctorParse", "This does not start with `curl`."))
    args = _expand_short(args[1:])
    method: str | None = None
    url: str | None = None
    headers: list[tuple[str, str]] = []
    data: list[str] = []
    notes: list[str] = []
    implicit: set[str] = set()
    get = json_mode = False
    head = False
    i = 0

    def value() -> str:
        nonlocal i
        i += 1
        if i >= len(args):
            raise ParseError(
                translate("DoctorParse", "`{option}` is missing its value.").format(
                    option=args[i - 1]
                )
            )
        return args[i]

    while i < len(args):
        arg = args[i]
        if arg in ("-X", "--request"):
            method = value().upper()
        elif arg in ("-H", "--header"):
            name, sep, rest = value().partition(":")
            if sep:
                headers.append((name.strip(), rest.strip()))
        elif arg in _DATA:
            item = value()
            if item.startswith("@") and arg != "--data-raw":
                notes.append(
                    translate(
                        "DoctorParse",
                        "The body is read from the file {file}; it could not be checked.",
                    ).format(file=item[1:])
                )
            data.append(item)
        elif arg == "--data-urlencode":
            item = value()
            name, sep, rest = item.partition("=")
            data.append(f"{name}={quote(rest, safe='')}" if sep else quote(item, safe=""))
        elif arg == "--json":
            json_mode = True
            data.append(value())
        elif arg in ("-F", "--form"):
            value()
            headers.append(("Content-Type", "multipart/form-data"))
            implicit.add("content-type")
            data.append("(multipart form)")
        elif arg in ("-u", "--user"):
            credentials = value()
            encoded = base64.b64encode(credentials.encode()).decode("ascii")
            headers.append(("Authorization", f"Basic {encoded}"))
            implicit.add("authorization")
        elif arg == "--oauth2-bearer":
            headers.append(("Authorization", f"Bearer {value()}"))
        elif arg in ("-G", "--get"):
            get = True
        elif arg in ("-I", "--head"):
            head = True
        elif arg == "--url":
            url = value()
        elif arg in ("-k", "--insecure"):
            notes.append(
                translate(
                    "DoctorParse",
                    "`-k` turns off TLS certificate checks; never use it against Zoom.",
                )
            )
        elif arg in _TAKES_VALUE_IGNORED:
            value()
        elif arg.startswith("-"):
            pass  # -s, -S, -v, -i, -L, --compressed …: no effect on what is sent
        elif url is None:
            url = arg
        i += 1
    if url is None:
        raise ParseError(translate("DoctorParse", "The cURL command has no URL."))
    if "://" not in url:
        url = "https://" + url  # curl's own default guess is http; Zoom is https
    try:
        split = urlsplit(url)
        split.hostname  # noqa: B018  (an unclosed IPv6 literal raises)
    except ValueError as error:
        raise ParseError(
            translate("DoctorParse", "The URL is not valid ({error}).").format(error=error)
        ) from error
    if "@" in split.netloc:
        # curl sends URL userinfo as Basic credentials (unless -u says otherwise)
        userinfo, _, hostport = split.netloc.rpartition("@")
        url = urlunsplit(split._replace(netloc=hostport))
        if not any(k.lower() == "authorization" for k, _ in headers):
            encoded = base64.b64encode(unquote(userinfo).encode()).decode("ascii")
            headers.append(("Authorization", f"Basic {encoded}"))
            implicit.add("authorization")
        notes.append(
            translate(
                "DoctorParse",
                "The credentials are in the URL (`https://id:secret@…`); curl sends them as "
                "Basic authorization, but URLs end up in shell history and logs. Use `-u` "
                "instead.",
            )
        )
    body = "&".join(data)
    if get and data:
        split = urlsplit(url)  # valid: checked above
        query = "&".join(q for q in (split.query, body) if q)
        url = urlunsplit(split._replace(query=query))
        body = ""
    names = {k.lower() for k, _ in headers}
    if json_mode:
        for name, val in (("Content-Type", "application/json"), ("Accept", "application/json")):
            if name.lower() not in names:
                headers.append((name, val))
                implicit.add(name.lower())
    elif body and "content-type" not in names:
        headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        implicit.add("content-type")
    if method is None:
        method = "HEAD" if head else ("POST" if body else "GET")
    return HttpRequest(method, url, tuple(headers), body, "cURL", tuple(notes), frozenset(implicit))
