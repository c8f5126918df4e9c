// expect: create-retried-blindly, no-429-handling
const axios = require("axios");

async function createWithRetry(token, meeting) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const { data } = await axios.post("https://api.zoom.us/v2/users/me/meetings", meeting, {
        headers: { Authorization: `Bearer ${token}` },
        timeout: 10000,
      });
      return data;
    } catch (error) {
      console.warn(`attempt ${attempt} failed, trying again`);
    }
  }
  throw new Error("could not create the meeting");
}
