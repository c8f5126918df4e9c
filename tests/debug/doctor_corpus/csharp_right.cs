// expect: (none)
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

var clientId = Environment.GetEnvironmentVariable("ZOOM_CLIENT_ID")!;
var clientSecret = Environment.GetEnvironmentVariable("ZOOM_CLIENT_SECRET")!;
var accountId = Environment.GetEnvironmentVariable("ZOOM_ACCOUNT_ID")!;
using var http = new HttpClient();

var request = new HttpRequestMessage(HttpMethod.Post, "https://zoom.us/oauth/token")
{
    Content = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "account_credentials",
        ["account_id"] = accountId,
    }),
};
request.Headers.Authorization = new AuthenticationHeaderValue(
    "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
using var tokenResponse = await http.SendAsync(request);
tokenResponse.EnsureSuccessStatusCode();
using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
var token = json.RootElement.GetProperty("access_token").GetString();

http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
var created = await http.PostAsJsonAsync("https://api.zoom.us/v2/users/me/meetings", new
{
    topic = "Quarterly review",
    type = 2,
    start_time = "2026-10-05T15:00:00",
    timezone = "Europe/Amsterdam",
});
created.EnsureSuccessStatusCode();
