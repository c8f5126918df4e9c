"""POST /oauth/token answers as Zoom does, including each look-alike 400 a broken client meets."""

from __future__ import annotations

import base64
import json
import re
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import pytest

from zoomdesk.sandbox import Sandbox
from zoomdesk.sandbox.api import ROUTES

from .support import CLIENT, GRANT, api_client, fetch_token, plain_client

UNSUPPORTED = {"reason": "unsupported grant type", "error": "unsupported_grant_type"}
GRANULAR = {route.granular for route in ROUTES}  # a default token may call every operation


def post_token(sandbox: Sandbox, **kwargs: Any) -> httpx.Response:
    with plain_client() as client:
        return client.post(f"{sandbox.url}/oauth/token", **kwargs)


def test_a_form_body_with_basic_auth_gets_a_bearer_token_with_scopes_and_api_url(sandbox):
    response = post_token(sandbox, data=GRANT, auth=CLIENT)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope", "api_url"}
    assert body["token_type"] == "bearer" and body["expires_in"] == 3600
    assert set(body["scope"].split(" ")) == GRANULAR
    assert body["api_url"] == sandbox.url
    header, payload, signature = body["access_token"].split(".")
    assert re.fullmatch(r"[A-Za-z0-9_-]+", header + payload + signature)
    assert json.loads(base64.urlsafe_b64decode(header + "==="))["alg"] == "HS512"
    assert response.headers["content-type"] == "application/json;charset=UTF-8"
    assert response.headers["x-zm-trackingid"]
    assert parsedate_to_datetime(response.headers["date"]).timestamp() == int(sandbox.state.now())


def test_every_request_makes_a_new_token_and_older_ones_keep_working(sandbox):
    tokens = [fetch_token(sandbox) for _ in range(3)]
    assert len(set(tokens)) == 3
    for token in tokens:
        with api_client(sandbox, token) as api:
            assert api.get("/users").status_code == 200
    assert sandbox.count("POST", "/oauth/token") == 3


@pytest.mark.parametrize(
    "headers",
    [{}, {"Content-Type": "application/x-www-form-urlencoded"}],
    ids=["no content type", "form content type"],
)
def test_params_only_in_the_query_string_are_a_bad_request(sandbox, headers):
    response = post_token(sandbox, params=GRANT, auth=CLIENT, headers=headers)
    assert response.status_code == 400
    assert response.json() == {"reason": "Bad Request", "error": "invalid_request"}


def test_params_in_both_body_and_query_string_are_accepted(sandbox):
    # The gravity-forms fix kept the query string and added the body: Zoom took that.
    assert post_token(sandbox, params=GRANT, data=GRANT, auth=CLIENT).status_code == 200


@pytest.mark.parametrize("where", ["json body", "query string with a json body"])
def test_a_json_content_type_is_an_unsupported_grant_type(sandbox, where):
    if where == "json body":
        response = post_token(sandbox, json=GRANT, auth=CLIENT)
    else:
        response = post_token(sandbox, params=GRANT, json={}, auth=CLIENT)
    assert response.status_code == 400
    assert response.json() == UNSUPPORTED


@pytest.mark.parametrize("grant", [None, "client_credentials", "authorization_code", ""])
def test_a_missing_or_other_grant_type_is_unsupported(sandbox, grant):
    form = {"account_id": "sandbox-account"}
    if grant is not None:
        form["grant_type"] = grant
    response = post_token(sandbox, data=form, auth=CLIENT)
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Basic not*base64",
        "Bearer sandbox-client-secret",
        "Basic " + base64.b64encode(b"sandbox-client-id").decode(),
        "Basic " + base64.b64encode(b"sandbox-client-id:wrong-secret").decode(),
        "Basic " + base64.b64encode(b"other-client:sandbox-client-secret").decode(),
    ],
    ids=["missing", "malformed", "not basic", "no colon", "wrong secret", "wrong id"],
)
def test_wrong_or_missing_client_credentials_are_invalid_client_with_status_400(
    sandbox, authorization
):
    headers = {"Authorization": authorization} if authorization else {}
    response = post_token(sandbox, data=GRANT, headers=headers)
    assert response.status_code == 400
    assert response.json() == {
        "reason": "Invalid client_id or client_secret",
        "error": "invalid_client",
    }


@pytest.mark.parametrize("account_id", [None, "", "someone-elses-account"])
def test_a_wrong_or_missing_account_id_is_an_invalid_request(sandbox, account_id):
    form = {"grant_type": "account_credentials"}
    if account_id is not None:
        form["account_id"] = account_id
    response = post_token(sandbox, data=form, auth=CLIENT)
    assert response.status_code == 400
    assert response.json() == {"reason": "Invalid account_id", "error": "invalid_request"}


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_only_post_is_allowed_on_the_token_endpoint(sandbox, http, method):
    response = http.request(method, f"{sandbox.url}/oauth/token", auth=CLIENT)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.headers["x-zm-trackingid"]


def test_custom_credentials_lifetime_and_scopes_are_honoured():
    with Sandbox(
        account_id="acme", client_id="cid", client_secret="s3cret", token_ttl=60, scopes=["a:b"]
    ) as box:
        form = {"grant_type": "account_credentials", "account_id": "acme"}
        response = post_token(box, data=form, auth=("cid", "s3cret"))
        assert response.json()["expires_in"] == 60 and response.json()["scope"] == "a:b"
        assert post_token(box, data=GRANT, auth=CLIENT).json()["error"] == "invalid_client"
