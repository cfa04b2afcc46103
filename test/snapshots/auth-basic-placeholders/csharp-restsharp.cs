using RestSharp;
using RestSharp.Authenticators;

var options = new RestClientOptions("{{baseUrl}}/pets")
{
    Timeout = Timeout.InfiniteTimeSpan,
    Authenticator = new HttpBasicAuthenticator("{{basicAuthUsername}}", "{{basicAuthPassword}}"),
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("Content-Type", "application/json");
var body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}";
request.AddStringBody(body, "application/json");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
