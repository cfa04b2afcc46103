using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/items")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Delete);
request.AddHeader("Content-Type", "application/json");
var body = "{\"ids\": [1, 2, 3]}";
request.AddStringBody(body, "application/json");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
