"""What a recorded exchange shows of a secret: never the secret, but enough to tell which client
and which token it was (the client ID and a short fingerprint)."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from zoomdesk.core.redact import (
    MASK,
    decode_basic,
    fingerprint,
    mask_token,
    redact_authorization,
    redact_text,
    redact_url,
)

TOKEN_A = "eyJhbGciOiJIUzUxMiJ9.eyJ1aWQiOiJhIn0.c2lnLWE"
TOKEN_B = "eyJhbGciOiJIUzUxMiJ9.eyJ1aWQiOiJiIn0.c2lnLWI"


def basic(pair: bytes) -> str:
    return "Basic " + base64.b64encode(pair).decode()


def test_a_fingerprint_is_short_stable_and_tells_tokens_apart():
    assert fingerprint(TOKEN_A) == fingerprint(TOKEN_A)
    assert fingerprint(TOKEN_A) != fingerprint(TOKEN_B)
    assert len(fingerprint(TOKEN_A)) == 8
    # sha256, so a support engineer can check a token they hold against a log
    assert fingerprint(TOKEN_A) == hashlib.sha256(TOKEN_A.encode()).hexdigest()[:8]


def test_a_masked_token_shows_the_mask_and_its_fingerprint_only():
    shown = mask_token(TOKEN_A)
    assert shown == f"{MASK} (sha256 {fingerprint(TOKEN_A)})"
    assert TOKEN_A not in shown


def test_the_same_token_has_the_same_fingerprint_in_a_header_and_in_a_body():
    header = redact_authorization(f"Bearer {TOKEN_A}")
    body = redact_text(json.dumps({"access_token": TOKEN_A, "expires_in": 3600}))
    assert fingerprint(TOKEN_A) in header and fingerprint(TOKEN_A) in body
    other = redact_text(json.dumps({"access_token": TOKEN_B}))
    assert fingerprint(TOKEN_B) in other and fingerprint(TOKEN_A) not in other


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER"])
def test_a_bearer_token_is_masked_whatever_the_scheme_case(scheme):
    shown = redact_authorization(f"  {scheme}   {TOKEN_A}  ")
    assert shown == f"Bearer {mask_token(TOKEN_A)}"


def test_an_empty_bearer_header_says_it_was_empty():
    assert redact_authorization("Bearer ") == "Bearer (empty)"
    assert redact_authorization("Bearer") == "Bearer (empty)"


@pytest.mark.parametrize("scheme", ["Basic", "basic", "BASIC"])
def test_basic_credentials_show_the_client_id_and_never_the_secret(scheme):
    header = f"{scheme} " + base64.b64encode(b"my-client:s3cr:et").decode()
    assert redact_authorization(header) == f"Basic [client_id=my-client, client_secret={MASK}]"
    assert decode_basic(header) == ("my-client", "s3cr:et")


def test_basic_credentials_without_a_colon_are_masked_whole():
    header = basic(b"only-one-value-maybe-a-secret")
    shown = redact_authorization(header)
    assert "only-one-value-maybe-a-secret" not in shown
    assert shown == f"Basic {MASK} (not valid Base64 of client_id:client_secret)"
    assert decode_basic(header) is None


@pytest.mark.parametrize(
    "header",
    ["Basic !!!", "Basic ", "Basic", "Basic " + base64.b64encode(b"\xff\xfe:x").decode()],
)
def test_basic_credentials_that_do_not_decode_are_masked_whole(header):
    assert decode_basic(header) is None
    assert redact_authorization(header).startswith(f"Basic {MASK}")


def test_basic_credentials_with_characters_outside_base64_are_masked_whole():
    # Zoom refuses such a header; showing a client ID decoded by skipping the junk would hide that
    encoded = base64.b64encode(b"my-client:secret").decode()
    header = f"Basic {encoded[:4]}!{encoded[4:]}"
    assert decode_basic(header) is None
    assert (
        redact_authorization(header)
        == f"Basic {MASK} (not valid Base64 of client_id:client_secret)"
    )


def test_an_empty_client_id_is_shown_as_empty():
    assert decode_basic(basic(b":secret")) == ("", "secret")
    assert redact_authorization(basic(b":secret")) == f"Basic [client_id=, client_secret={MASK}]"


@pytest.mark.parametrize("value", ["Digest abc", "Token abc", "abc", ""])
def test_any_other_authorization_is_masked_whole(value):
    assert redact_authorization(value) == MASK


def test_decode_basic_ignores_surrounding_space():
    encoded = base64.b64encode(b"id:secret").decode()
    assert decode_basic(f"  Basic  {encoded}  ") == ("id", "secret")
    assert decode_basic(f"Bearer {encoded}") is None


@pytest.mark.parametrize(
    "field", ["access_token", "refresh_token", "client_secret", "Access_Token"]
)
def test_token_fields_in_a_json_body_are_masked_and_the_rest_kept(field):
    body = f'{{"{field}" :  "{TOKEN_A}", "token_type": "bearer", "expires_in": 3600}}'
    shown = redact_text(body)
    assert TOKEN_A not in shown
    assert f'"{field}" :  "{mask_token(TOKEN_A)}"' in shown
    assert '"token_type": "bearer", "expires_in": 3600}' in shown


def test_every_token_in_a_body_is_masked():
    body = json.dumps({"access_token": TOKEN_A, "refresh_token": TOKEN_B})
    shown = redact_text(body)
    assert TOKEN_A not in shown and TOKEN_B not in shown


@pytest.mark.parametrize(
    ("form", "kept"),
    [
        ("client_secret=abc123&grant_type=x", "&grant_type=x"),
        ("grant_type=x&client_secret=abc123", "grant_type=x&"),
        ("grant_type=x&access_token=abc123#frag", "#frag"),
        ("grant_type=x&CLIENT_SECRET=abc123", "grant_type=x"),
    ],
)
def test_secrets_in_a_form_body_are_masked_and_the_rest_kept(form, kept):
    shown = redact_text(form)
    assert "abc123" not in shown and kept in shown and MASK in shown


def test_the_host_key_in_a_start_url_is_masked_and_the_url_kept():
    body = json.dumps(
        {"id": 1, "start_url": "https://zoom.us/s/1?zak=HOSTKEY&x=1", "join_url": "https://j"}
    )
    shown = redact_text(body)
    assert "HOSTKEY" not in shown
    assert f'"start_url": "https://zoom.us/s/1?zak={MASK}&x=1"' in shown
    assert '"join_url": "https://j"' in shown


def test_a_body_without_secrets_is_recorded_as_it_was():
    body = json.dumps({"topic": "Planning", "duration": 30, "join_url": "https://j/1?x=1"})
    assert redact_text(body) == body
    assert redact_text("") == ""


@pytest.mark.parametrize(
    ("url", "secret", "kept"),
    [
        ("https://api.zoom.us/v2/users?access_token=abc123&page_size=30", "abc123", "page_size=30"),
        (
            "https://zoom.us/oauth/token?client_secret=abc123",
            "abc123",
            "oauth/token?client_secret=",
        ),
        ("https://zoom.us/s/1?x=1&zak=abc123", "abc123", "x=1&zak="),
    ],
)
def test_secrets_in_a_url_query_are_masked_and_the_rest_kept(url, secret, kept):
    shown = redact_url(url)
    assert secret not in shown and kept in shown and MASK in shown


def test_a_url_without_a_query_is_kept_as_it_was():
    assert redact_url("https://api.zoom.us/v2/users/me") == "https://api.zoom.us/v2/users/me"
    assert redact_url("https://x/?page_size=30") == "https://x/?page_size=30"
