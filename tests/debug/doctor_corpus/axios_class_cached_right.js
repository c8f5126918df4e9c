// expect: (none)
const axios = require("axios");

class ZoomClient {
  constructor({ accountId, clientId, clientSecret }) {
    this.accountId = accountId;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.token = null;
    this.expiresAt = 0;
  }

  async accessToken() {
    if (this.token && Date.now() < this.expiresAt - 60_000) return this.token;
    const response = await axios.post(
      "https://zoom.us/oauth/token",
      new URLSearchParams({ grant_type: "account_credentials", account_id: this.accountId }),
      { auth: { username: this.clientId, password: this.clientSecret } },
    );
    this.token = response.data.access_token;
    this.expiresAt = Date.now() + response.data.expires_in * 1000;
    return this.token;
  }

  async deleteMeeting(meetingId) {
    const token = await this.accessToken();
    await axios.delete(`https://api.zoom.us/v2/meetings/${meetingId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  }

  async updateMeeting(meetingId, changes) {
    const token = await this.accessToken();
    await axios.patch(`https://api.zoom.us/v2/meetings/${meetingId}`, changes, {
      headers: { Authorization: `Bearer ${token}` },
    });
  }
}
