// expect: (none)
const axios = require("axios");

let cached = { token: null, expiresAt: 0 };

async function getAccessToken() {
  if (cached.token && Date.now() < cached.expiresAt - 5 * 60 * 1000) return cached.token;
  const { data } = await axios.post(
    "https://zoom.us/oauth/token",
    new URLSearchParams({ grant_type: "account_credentials", account_id: process.env.ZOOM_ACCOUNT_ID }),
    { auth: { username: process.env.ZOOM_CLIENT_ID, password: process.env.ZOOM_CLIENT_SECRET } },
  );
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return cached.token;
}

async function createMeeting(topic) {
  const token = await getAccessToken();
  const response = await axios.post(
    "https://api.zoom.us/v2/users/me/meetings",
    { topic, type: 2, start_time: "2026-03-02T10:00:00", timezone: "Europe/Berlin", duration: 45 },
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return response.data;
}
