using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/tags");
request.Headers.TryAddWithoutValidation("X-Tag", "alpha");
request.Headers.TryAddWithoutValidation("Accept", "text/plain");
request.Headers.TryAddWithoutValidation("X-Tag", "beta");
request.Headers.TryAddWithoutValidation("X-Tag", "gamma");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
