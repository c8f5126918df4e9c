// expect: token-params-in-query, token-per-call
// Shaped like the reply in devforum thread 124925: a Rest class whose getHeaders() awaits
// getAccessToken() for every request, and the token parameters passed as axios `params:`.
const axios = require('axios');

class Rest {
  constructor() {
    this.baseUrl = 'https://api.zoom.us/v2';
  }

  async getAccessToken() {
    const authToken = Buffer.from(`${process.env.ZOOM_CLIENT_ID}:${process.env.ZOOM_CLIENT_SECRET}`).toString('base64');
    const config = {
      method: 'post',
      url: 'https://zoom.us/oauth/token',
      params: {
        grant_type: 'account_credentials',
        account_id: process.env.ZOOM_ACCOUNT_ID,
      },
      headers: {
        Host: 'zoom.us',
        Authorization: `Basic ${authToken}`,
      },
    };
    const response = await axios(config);
    return response.data.access_token;
  }

  async getHeaders() {
    const token = await this.getAccessToken();
    return {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    };
  }

  async request(method, path, data) {
    const headers = await this.getHeaders();
    const response = await axios({ method, url: `${this.baseUrl}${path}`, headers, data });
    return response.data;
  }
}

module.exports = Rest;
