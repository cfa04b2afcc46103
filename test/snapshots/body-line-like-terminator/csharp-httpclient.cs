using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/notes");
request.Content = new StringContent("\n" +
    "\n" +
    "BODYBODY\n" +
    "  BODY2 indented\n" +
    "EOF\n");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
