using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/tags")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("X-Tag", "alpha, beta, gamma");
request.AddHeader("Accept", "text/plain");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
