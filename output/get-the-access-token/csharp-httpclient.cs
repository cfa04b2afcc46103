using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{authPath}}/{{envID}}/as/token");
request.Content = new FormUrlEncodedContent(new KeyValuePair<string, string>[]
{
    new("grant_type", "authorization_code"),
    new("code", "{{authCode}}"),
    new("redirect_uri", "https://example.com"),
    new("scope", "openid"),
    new("client_id", "{{dvPiFlowAppID}}"),
    new("code_verifier", "{{code_verifier}}"),
});
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
