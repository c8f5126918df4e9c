// expect: token-params-in-query
using System.Net.Http.Headers;
using System.Text;

var http = new HttpClient();
var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
var response = await http.PostAsync(
    $"https://zoom.us/oauth/token?grant_type=account_credentials&account_id={accountId}", null);
var body = await response.Content.ReadAsStringAsync();
