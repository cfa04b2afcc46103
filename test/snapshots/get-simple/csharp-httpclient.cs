using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/v1/users?limit=10&page=2");
request.Headers.TryAddWithoutValidation("Accept", "application/json");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
