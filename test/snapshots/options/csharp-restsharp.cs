using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/cors")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Options);
request.AddHeader("Origin", "https://app.example.com");
request.AddHeader("Access-Control-Request-Method", "PUT");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
