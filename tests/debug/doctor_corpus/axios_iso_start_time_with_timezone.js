// expect: api-start-time-z-with-timezone
const axios = require("axios");

async function schedule(token, when) {
  const start = new Date(when).toISOString();
  const { data } = await axios.post(
    "https://api.zoom.us/v2/users/me/meetings",
    { topic: "Board meeting", type: 2, start_time: start, timezone: "America/New_York", duration: 60 },
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return data.join_url;
}
