using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/me");
request.Headers.TryAddWithoutValidation("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
