using Flurl.Http;

var response = await "{{baseUrl}}/cache/key"
    .SendAsync(new HttpMethod("PURGE"));
Console.WriteLine(await response.GetStringAsync());
