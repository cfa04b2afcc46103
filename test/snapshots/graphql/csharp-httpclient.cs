using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/graphql");
request.Content = new StringContent("{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
