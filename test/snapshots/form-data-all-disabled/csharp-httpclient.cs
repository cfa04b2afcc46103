using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/upload");
request.Content = new StringContent("");
request.Content.Headers.ContentType = null;
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
