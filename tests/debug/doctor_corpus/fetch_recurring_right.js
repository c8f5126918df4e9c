// expect: (none)
export async function createWeeklyClass(token, hostEmail) {
  const response = await fetch(`https://api.zoom.us/v2/users/${encodeURIComponent(hostEmail)}/meetings`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      topic: "Year 9 maths",
      type: 8,
      start_time: "2026-09-08T09:00:00",
      timezone: "Europe/London",
      duration: 50,
      password: "maths9",
      recurrence: { type: 2, repeat_interval: 1, weekly_days: "3", end_times: 12 },
    }),
  });
  if (!response.ok) throw new Error(`Zoom answered ${response.status}`);
  return response.json();
}
