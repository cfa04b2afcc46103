using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
