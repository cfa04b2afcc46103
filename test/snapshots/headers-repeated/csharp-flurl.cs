using Flurl.Http;

var response = await "{{baseUrl}}/tags"
    .WithHeader("X-Tag", "alpha, beta, gamma")
    .WithHeader("Accept", "text/plain")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
