using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/objects")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AlwaysMultipartFormData = true;
request.AddParameter("__proto__", "f1");
request.AddParameter("constructor", "f2");
request.AddParameter("prototype", "f3");
request.AddParameter("toString", "f4");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
