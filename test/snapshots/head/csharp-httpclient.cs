using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Head, "{{baseUrl}}/status");
request.Headers.TryAddWithoutValidation("X-Check", "yes");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
