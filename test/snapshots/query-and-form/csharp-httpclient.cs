using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/login?next=/home&lang=en");
request.Content = new FormUrlEncodedContent(new KeyValuePair<string, string>[]
{
    new("user", "ann@example.com"),
    new("pass", "p@ss w0rd&"),
});
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
