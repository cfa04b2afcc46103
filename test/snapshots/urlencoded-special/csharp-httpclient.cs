using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/form");
request.Content = new FormUrlEncodedContent(new KeyValuePair<string, string>[]
{
    new("a b", "c&d=e"),
    new("plus", "1+2 3"),
    new("pct", "50%"),
    new("utf", "été ☃ 😀"),
    new("k", "first"),
    new("k", "second"),
    new("empty", ""),
    new("multi", "line1\nline2"),
    new("q", "\"'`$x #{y}"),
});
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
