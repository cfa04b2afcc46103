using Flurl.Http;

var body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}";
var response = await "{{baseUrl}}/pets"
    .WithHeader("Content-Type", "application/json")
    .WithBasicAuth("{{basicAuthUsername}}", "{{basicAuthPassword}}")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
