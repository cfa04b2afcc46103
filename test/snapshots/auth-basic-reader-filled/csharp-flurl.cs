using Flurl.Http;

var response = await "{{baseUrl}}/me"
    .WithBasicAuth("{{username}}", "{{password}}")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
