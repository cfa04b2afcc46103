using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Put, "{{baseUrl}}/settings");
request.Headers.TryAddWithoutValidation("X-Keep", "yes");
request.Content = new StringContent("");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
