using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/upload")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
