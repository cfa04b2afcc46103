using Flurl.Http;

var response = await "{{baseUrl}}/status"
    .WithHeader("X-Check", "yes")
    .HeadAsync();
Console.WriteLine(await response.GetStringAsync());
