using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/empty")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("X-Empty", "");
request.AddHeader("X-After", "set");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
