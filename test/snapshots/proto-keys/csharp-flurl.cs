using Flurl.Http;

var response = await "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4"
    .WithHeader("__proto__", "h1")
    .WithHeader("constructor", "h2")
    .WithHeader("prototype", "h3")
    .WithHeader("toString", "h4")
    .WithHeader("Content-Type", "application/x-www-form-urlencoded")
    .PostUrlEncodedAsync(new KeyValuePair<string, string>[]
    {
        new("__proto__", "f1"),
        new("constructor", "f2"),
        new("prototype", "f3"),
        new("valueOf", "f4"),
    });
Console.WriteLine(await response.GetStringAsync());
