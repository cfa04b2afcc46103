using Flurl.Http;

var body = "{\"name\": \"{{newName}}\", \"active\": true}";
var response = await "{{baseUrl}}/v1/users/{{userId}}"
    .WithHeader("If-Match", "W/\"etag-1\"")
    .WithHeader("X-Request-Id", "{{requestId}}")
    .WithHeader("Content-Type", "application/json")
    .PatchStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
