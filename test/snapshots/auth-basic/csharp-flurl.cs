using Flurl.Http;

var response = await "{{baseUrl}}/me"
    .WithHeader("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
