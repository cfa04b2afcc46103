using Flurl.Http;

var response = await "{{baseUrl}}/objects"
    .PostMultipartAsync(content => content
        .AddString("__proto__", "f1")
        .AddString("constructor", "f2")
        .AddString("prototype", "f3")
        .AddString("toString", "f4")
    );
Console.WriteLine(await response.GetStringAsync());
