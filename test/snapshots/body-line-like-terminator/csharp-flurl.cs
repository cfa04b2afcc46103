using Flurl.Http;

var body = "\n" +
    "\n" +
    "BODYBODY\n" +
    "  BODY2 indented\n" +
    "EOF\n";
var response = await "{{baseUrl}}/notes"
    .WithHeader("Content-Type", "text/plain")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
