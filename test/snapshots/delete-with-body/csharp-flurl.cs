using Flurl.Http;

var body = "{\"ids\": [1, 2, 3]}";
var response = await "{{baseUrl}}/items"
    .WithHeader("Content-Type", "application/json")
    .SendStringAsync(HttpMethod.Delete, body);
Console.WriteLine(await response.GetStringAsync());
