using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/upload")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AlwaysMultipartFormData = true;
// A text part with its own Content-Type goes in as the body parameter, as bytes so no charset is added.
request.AddParameter(new BodyParameter("meta", System.Text.Encoding.UTF8.GetBytes("{\"k\":\"v\"}"), "application/json", DataFormat.Binary));
request.AddParameter("title", "Hello");
request.AddParameter("bio", "line 1\nline 2\r\nline 3");
request.AddParameter("name", "Zoë 😀");
request.AddParameter("tag", "a");
request.AddParameter("tag", "b");
request.AddParameter("danger", "\"; $(id) #{x} \\(y) '");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
