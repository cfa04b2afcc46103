using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/inv");
request.Headers.TryAddWithoutValidation("X-Tab", "a\tb");
request.Content = new StringContent("tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\u0001\u001F\u007Fdel\u0085nel");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
