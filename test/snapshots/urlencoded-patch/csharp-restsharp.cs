using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/settings")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Patch);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddParameter("theme", "dark mode");
request.AddParameter("tag", "a&b");
request.AddParameter("tag", "c");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
