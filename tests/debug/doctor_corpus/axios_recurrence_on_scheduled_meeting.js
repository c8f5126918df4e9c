// expect: api-recurrence-ignored
const axios = require("axios");

async function weekly(token) {
  return axios.post(
    "https://api.zoom.us/v2/users/me/meetings",
    {
      topic: "Team sync",
      type: 2,
      start_time: "2026-03-02T09:00:00",
      timezone: "Europe/London",
      recurrence: { type: 2, repeat_interval: 1, weekly_days: "2", end_times: 10 },
    },
    { headers: { Authorization: `Bearer ${token}` } },
  );
}
