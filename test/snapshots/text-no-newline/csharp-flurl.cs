using Flurl.Http;

var body = "price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays";
var response = await "{{baseUrl}}/notes"
    .WithHeader("Content-Type", "text/plain")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
