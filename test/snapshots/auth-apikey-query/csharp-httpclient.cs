using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
