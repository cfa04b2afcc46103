using Flurl.Http;

var response = await "{{baseUrl}}/v1/users?limit=10&page=2"
    .WithHeader("Accept", "application/json")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
