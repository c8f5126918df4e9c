// expect: token-per-call
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

public class ZoomApi
{
    private readonly HttpClient _http = new HttpClient();

    private async Task<string> GetTokenAsync()
    {
        var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_clientId}:{_clientSecret}"));
        var request = new HttpRequestMessage(HttpMethod.Post, "https://zoom.us/oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                { "grant_type", "account_credentials" },
                { "account_id", _accountId },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
        var response = await _http.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString();
    }

    public async Task<string> GetUserAsync(string userId)
    {
        var token = await GetTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"https://api.zoom.us/v2/users/{userId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
