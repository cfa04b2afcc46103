using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/me")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
