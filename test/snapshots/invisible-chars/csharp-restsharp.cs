using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/inv")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("X-Tab", "a\tb");
request.AddHeader("Content-Type", "text/plain");
var body = "tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\u0001\u001F\u007Fdel\u0085nel";
request.AddStringBody(body, "text/plain");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
