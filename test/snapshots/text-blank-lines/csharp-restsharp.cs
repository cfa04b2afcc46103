using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/notes")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("Content-Type", "text/plain");
var body = "\tindented\n" +
    "\n" +
    "  spaced  \n" +
    "\n";
request.AddStringBody(body, "text/plain");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
