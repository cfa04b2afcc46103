using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/form")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddParameter("a b", "c&d=e");
request.AddParameter("plus", "1+2 3");
request.AddParameter("pct", "50%");
request.AddParameter("utf", "été ☃ 😀");
request.AddParameter("k", "first");
request.AddParameter("k", "second");
request.AddParameter("empty", "");
request.AddParameter("multi", "line1\nline2");
request.AddParameter("q", "\"'`$x #{y}");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
