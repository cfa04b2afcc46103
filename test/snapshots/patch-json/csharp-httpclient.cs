using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Patch, "{{baseUrl}}/v1/users/{{userId}}");
request.Headers.TryAddWithoutValidation("If-Match", "W/\"etag-1\"");
request.Headers.TryAddWithoutValidation("X-Request-Id", "{{requestId}}");
request.Content = new StringContent("{\"name\": \"{{newName}}\", \"active\": true}");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
