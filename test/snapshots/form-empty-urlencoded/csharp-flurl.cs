using Flurl.Http;

var body = "";
var response = await "{{baseUrl}}/settings"
    .WithHeader("Content-Type", "application/x-www-form-urlencoded")
    .WithHeader("X-Keep", "yes")
    .PutStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
