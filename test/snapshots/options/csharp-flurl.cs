using Flurl.Http;

var response = await "{{baseUrl}}/cors"
    .WithHeader("Origin", "https://app.example.com")
    .WithHeader("Access-Control-Request-Method", "PUT")
    .OptionsAsync();
Console.WriteLine(await response.GetStringAsync());
