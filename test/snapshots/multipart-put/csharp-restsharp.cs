using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/profile")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Put);
request.AddHeader("X-Request-Id", "42");
request.AlwaysMultipartFormData = true;
request.AddFile("avatar", "upload.txt", "text/plain");
request.AddParameter("name", "Ada");
request.AddParameter("tag", "a");
request.AddParameter("tag", "b");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
