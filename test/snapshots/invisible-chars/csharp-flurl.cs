using Flurl.Http;

var body = "tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\u0001\u001F\u007Fdel\u0085nel";
var response = await "{{baseUrl}}/inv"
    .WithHeader("X-Tab", "a\tb")
    .WithHeader("Content-Type", "text/plain")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
