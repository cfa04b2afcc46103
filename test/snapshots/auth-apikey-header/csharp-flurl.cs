using Flurl.Http;

var response = await "{{baseUrl}}/reports"
    .WithHeader("X-API-Key", "k3y$#{x}")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
