using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/v1/config")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Put);
request.AddHeader("Content-Type", "application/json");
var body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}";
request.AddStringBody(body, "application/json");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
