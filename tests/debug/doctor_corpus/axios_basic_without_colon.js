// expect: auth-basic-malformed
const axios = require("axios");

async function token() {
  const credentials = Buffer.from(process.env.ZOOM_CLIENT_ID + process.env.ZOOM_CLIENT_SECRET).toString("base64");
  const response = await axios.post(
    "https://zoom.us/oauth/token",
    new URLSearchParams({ grant_type: "account_credentials", account_id: process.env.ZOOM_ACCOUNT_ID }),
    { headers: { Authorization: `Basic ${credentials}` } },
  );
  return response.data.access_token;
}
