using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/me")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
