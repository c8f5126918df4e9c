// expect: api-url-ignored
const axios = require("axios");

async function main() {
  const { data } = await axios.post(
    "https://zoom.us/oauth/token",
    new URLSearchParams({ grant_type: "account_credentials", account_id: process.env.ZOOM_ACCOUNT_ID }),
    { auth: { username: process.env.ZOOM_CLIENT_ID, password: process.env.ZOOM_CLIENT_SECRET } },
  );
  console.log("account API host:", data.api_url);
  const me = await axios.get("https://api.zoom.us/v2/users/me", {
    headers: { Authorization: `Bearer ${data.access_token}` },
  });
  return me.data;
}
