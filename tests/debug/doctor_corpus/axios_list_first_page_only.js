// expect: pagination-ignored
const axios = require("axios");

async function listMeetings(token) {
  const { data } = await axios.get("https://api.zoom.us/v2/users/me/meetings", {
    headers: { Authorization: `Bearer ${token}` },
    params: { type: "upcoming", page_size: 300 },
  });
  return data.meetings;
}
