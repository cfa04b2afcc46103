using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/settings")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Put);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddHeader("X-Keep", "yes");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
