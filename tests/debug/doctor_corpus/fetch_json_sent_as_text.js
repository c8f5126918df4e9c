// expect: api-body-not-json
async function createMeeting(token) {
  const response = await fetch("https://api.zoom.us/v2/users/me/meetings", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ topic: "Intake call", type: 2, start_time: "2026-04-01T14:00:00", timezone: "UTC" }),
  });
  return response.json();
}
