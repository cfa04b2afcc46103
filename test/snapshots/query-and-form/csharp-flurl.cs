using Flurl.Http;

var response = await "{{baseUrl}}/login?next=/home&lang=en"
    .WithHeader("Content-Type", "application/x-www-form-urlencoded")
    .PostUrlEncodedAsync(new KeyValuePair<string, string>[]
    {
        new("user", "ann@example.com"),
        new("pass", "p@ss w0rd&"),
    });
Console.WriteLine(await response.GetStringAsync());
