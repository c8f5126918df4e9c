// expect: (none)
import got from "got";

const { access_token: token } = await got.post("https://zoom.us/oauth/token", {
  username: process.env.ZOOM_CLIENT_ID,
  password: process.env.ZOOM_CLIENT_SECRET,
  form: { grant_type: "account_credentials", account_id: process.env.ZOOM_ACCOUNT_ID },
}).json();

const users = [];
let nextPageToken = "";
do {
  const page = await got("https://api.zoom.us/v2/users", {
    headers: { Authorization: `Bearer ${token}` },
    searchParams: { page_size: 300, next_page_token: nextPageToken },
  }).json();
  users.push(...page.users);
  nextPageToken = page.next_page_token;
} while (nextPageToken);
