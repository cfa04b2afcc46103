using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/reports")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("X-API-Key", "k3y$#{x}");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
