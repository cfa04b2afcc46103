using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/login?next=/home&lang=en")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddParameter("user", "ann@example.com");
request.AddParameter("pass", "p@ss w0rd&");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
