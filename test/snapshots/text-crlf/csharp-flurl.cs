using Flurl.Http;

var body = "line one\r\n" +
    "line two\r\n";
var response = await "{{baseUrl}}/notes"
    .WithHeader("Content-Type", "text/plain")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
