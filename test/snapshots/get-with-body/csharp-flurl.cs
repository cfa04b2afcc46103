using Flurl.Http;

var body = "{\"query\": {\"match_all\": {}}}";
var response = await "{{baseUrl}}/search"
    .WithHeader("Content-Type", "application/json")
    .SendStringAsync(HttpMethod.Get, body);
Console.WriteLine(await response.GetStringAsync());
