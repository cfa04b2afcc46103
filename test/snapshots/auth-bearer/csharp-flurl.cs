using Flurl.Http;

var response = await "{{baseUrl}}/me"
    .WithHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
