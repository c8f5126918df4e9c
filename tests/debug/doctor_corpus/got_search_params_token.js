// expect: token-params-in-query
import got from "got";

export async function token() {
  const body = await got.post("https://zoom.us/oauth/token", {
    username: process.env.ZOOM_CLIENT_ID,
    password: process.env.ZOOM_CLIENT_SECRET,
    searchParams: { grant_type: "account_credentials", account_id: process.env.ZOOM_ACCOUNT_ID },
  }).json();
  return body.access_token;
}
