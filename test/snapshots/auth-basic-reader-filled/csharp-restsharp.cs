using RestSharp;
using RestSharp.Authenticators;

var options = new RestClientOptions("{{baseUrl}}/me")
{
    Timeout = Timeout.InfiniteTimeSpan,
    Authenticator = new HttpBasicAuthenticator("{{username}}", "{{password}}"),
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
