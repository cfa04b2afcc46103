using System.Net.Http.Headers;
using System.Text;

using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/pets");
var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("{{basicAuthUsername}}" + ":" + "{{basicAuthPassword}}"));
request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
request.Content = new StringContent("{\"name\": \"{{petName}}\", \"tag\": \"dog\"}");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
