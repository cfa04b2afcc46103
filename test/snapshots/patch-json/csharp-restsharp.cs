using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/v1/users/{{userId}}")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Patch);
request.AddHeader("If-Match", "W/\"etag-1\"");
request.AddHeader("X-Request-Id", "{{requestId}}");
request.AddHeader("Content-Type", "application/json");
var body = "{\"name\": \"{{newName}}\", \"active\": true}";
request.AddStringBody(body, "application/json");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
