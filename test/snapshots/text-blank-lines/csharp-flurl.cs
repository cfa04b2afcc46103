using Flurl.Http;

var body = "\tindented\n" +
    "\n" +
    "  spaced  \n" +
    "\n";
var response = await "{{baseUrl}}/notes"
    .WithHeader("Content-Type", "text/plain")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
