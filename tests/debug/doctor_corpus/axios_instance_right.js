// expect: (none)
const axios = require("axios");

function zoomApi(token) {
  return axios.create({
    baseURL: "https://api.zoom.us/v2",
    headers: { Authorization: `Bearer ${token}` },
  });
}

async function main(token) {
  const zoom = axios.create({ baseURL: "https://api.zoom.us/v2", headers: { Authorization: `Bearer ${token}` } });
  const me = await zoom.get("/users/me");
  await zoom.patch(`/meetings/${process.env.MEETING_ID}`, { topic: "Renamed", duration: 30 });
  return me.data;
}
