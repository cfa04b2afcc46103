using Flurl.Http;

var response = await "{{baseUrl}}/empty"
    .WithHeader("X-Empty", "")
    .WithHeader("X-After", "set")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
