using Flurl.Http;

var body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}";
var response = await "{{baseUrl}}/v1/config"
    .WithHeader("Content-Type", "application/json")
    .PutStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
