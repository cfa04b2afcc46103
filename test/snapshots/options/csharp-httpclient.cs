using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Options, "{{baseUrl}}/cors");
request.Headers.TryAddWithoutValidation("Origin", "https://app.example.com");
request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "PUT");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
