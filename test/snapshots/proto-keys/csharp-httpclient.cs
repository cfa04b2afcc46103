using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4");
request.Headers.TryAddWithoutValidation("__proto__", "h1");
request.Headers.TryAddWithoutValidation("constructor", "h2");
request.Headers.TryAddWithoutValidation("prototype", "h3");
request.Headers.TryAddWithoutValidation("toString", "h4");
request.Content = new FormUrlEncodedContent(new KeyValuePair<string, string>[]
{
    new("__proto__", "f1"),
    new("constructor", "f2"),
    new("prototype", "f3"),
    new("valueOf", "f4"),
});
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
