using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Put, "{{baseUrl}}/v1/config");
request.Content = new StringContent("{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
