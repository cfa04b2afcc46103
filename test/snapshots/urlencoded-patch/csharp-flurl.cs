using Flurl.Http;

var body = "theme=dark%20mode&tag=a%26b&tag=c";
var response = await "{{baseUrl}}/settings"
    .WithHeader("Content-Type", "application/x-www-form-urlencoded")
    .PatchStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
