using Flurl.Http;

var response = await "{{baseUrl}}/upload"
    .PostMultipartAsync(content => content
        .AddString("title", "Hello")
        .AddString("bio", "line 1\nline 2\r\nline 3")
        .AddString("name", "Zoë 😀")
        .AddString("tag", "a")
        .AddString("tag", "b")
        .AddString("meta", "{\"k\":\"v\"}", "application/json")
        .AddString("danger", "\"; $(id) #{x} \\(y) '")
    );
Console.WriteLine(await response.GetStringAsync());
