"""What real Zoom does that the sandbox once did differently (issue 14): a trailing slash on an
API path, and alternative hosts who are not users of the account."""

from __future__ import annotations

import pytest

from .support import owner_of

CREATE = "/users/me/meetings"


@pytest.mark.parametrize("path", ["/users/me/meetings/", "/users/", "/users/me/"])
def test_a_trailing_slash_reaches_the_same_operation(api, path):
    # cern-vc/zoom-python-client lists meetings at /users/{userId}/meetings/ against real Zoom.
    with_slash, without = api.get(path), api.get(path.rstrip("/"))
    assert with_slash.status_code == 200, with_slash.text
    assert with_slash.json().keys() == without.json().keys()


def test_a_create_with_a_trailing_slash_creates_one_meeting(sandbox, api):
    created = api.post("/users/me/meetings/", json={"topic": "Slash"})
    assert created.status_code == 201
    assert api.get(f"/meetings/{created.json()['id']}/").json()["topic"] == "Slash"


@pytest.mark.parametrize("path", ["/users/me/meetings//", "/users//meetings", "/"])
def test_other_slash_shapes_are_still_not_found(api, path):
    assert api.get(path).status_code == 404


@pytest.mark.parametrize("separator", [";", ","])
def test_an_alternative_host_outside_the_account_is_refused_with_code_1114(api, separator):
    hosts = separator.join(["bruno.silva@example.com", "stranger@elsewhere.example"])
    response = api.post(CREATE, json={"topic": "Alt", "settings": {"alternative_hosts": hosts}})
    assert response.status_code == 400
    assert response.json() == {
        "code": 1114,
        "message": "Unable to assign 'stranger@elsewhere.example' as an alternative host.",
    }


def test_an_update_naming_an_outside_alternative_host_changes_nothing(sandbox, api):
    meeting = api.post(CREATE, json={"topic": "Alt"}).json()
    response = api.patch(
        f"/meetings/{meeting['id']}",
        json={"topic": "Changed", "settings": {"alternative_hosts": "nobody@example.org"}},
    )
    assert response.status_code == 400 and response.json()["code"] == 1114
    assert api.get(f"/meetings/{meeting['id']}").json()["topic"] == "Alt"


def test_alternative_hosts_of_the_account_by_email_or_id_are_accepted(sandbox, api):
    bruno = sandbox.state.find_user("bruno.silva@example.com")
    hosts = f"CHIARA.ROSSI@example.com;{bruno['id']}"
    response = api.post(CREATE, json={"settings": {"alternative_hosts": hosts}})
    assert response.status_code == 201, response.text
    assert response.json()["settings"]["alternative_hosts"] == hosts
    assert owner_of(sandbox)["email"] == response.json()["host_email"]
