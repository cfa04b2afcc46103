using System.Net.Http.Headers;
using System.Text;

using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/me");
var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("{{username}}" + ":" + "{{password}}"));
request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
