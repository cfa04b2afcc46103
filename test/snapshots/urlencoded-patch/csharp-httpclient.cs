using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Patch, "{{baseUrl}}/settings");
request.Content = new FormUrlEncodedContent(new KeyValuePair<string, string>[]
{
    new("theme", "dark mode"),
    new("tag", "a&b"),
    new("tag", "c"),
});
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
