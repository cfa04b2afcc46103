using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10");
request.Headers.TryAddWithoutValidation("X-API-Key", "{{api_key}}");
request.Headers.TryAddWithoutValidation("Cookie", "session={{session_id}}; api_key={{api_key}}");
request.Headers.TryAddWithoutValidation("X-Note", "\"; rm -rf ~; \"");
request.Headers.TryAddWithoutValidation("Authorization", "Bearer {{bearerAuth}}");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
