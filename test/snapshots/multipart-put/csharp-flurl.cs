using Flurl.Http;
using Flurl.Http.Configuration;
using Flurl.Http.Content;

var response = await "{{baseUrl}}/profile"
    .WithHeader("X-Request-Id", "42")
    .SendAsync(HttpMethod.Put, new CapturedMultipartContent(new FlurlHttpSettings())
        .AddString("name", "Ada")
        .AddString("tag", "a")
        .AddString("tag", "b")
        .AddFile("avatar", "upload.txt", "text/plain")
    );
Console.WriteLine(await response.GetStringAsync());
