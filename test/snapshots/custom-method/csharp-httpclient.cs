using var client = new HttpClient();
using var request = new HttpRequestMessage(new HttpMethod("PURGE"), "{{baseUrl}}/cache/key");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
