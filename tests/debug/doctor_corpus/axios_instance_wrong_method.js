// expect: api-wrong-method
const axios = require("axios");

const zoom = axios.create({
  baseURL: "https://api.zoom.us/v2",
  headers: { Authorization: `Bearer ${process.env.ZOOM_TOKEN}` },
});

export async function reschedule(meetingId, startTime) {
  await zoom.post(`/meetings/${meetingId}`, { start_time: startTime, timezone: "Europe/Rome" });
}
