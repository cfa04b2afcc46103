using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Delete, "{{baseUrl}}/items");
request.Content = new StringContent("{\"ids\": [1, 2, 3]}");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
