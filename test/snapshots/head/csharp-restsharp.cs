using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/status")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Head);
request.AddHeader("X-Check", "yes");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
