using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/jobs/42/run");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
