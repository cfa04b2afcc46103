using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/search")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("Content-Type", "application/json");
var body = "{\"query\": {\"match_all\": {}}}";
request.AddStringBody(body, "application/json");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
