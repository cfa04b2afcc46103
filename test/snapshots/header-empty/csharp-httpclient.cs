using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/empty");
request.Headers.TryAddWithoutValidation("X-Empty", "");
request.Headers.TryAddWithoutValidation("X-After", "set");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
