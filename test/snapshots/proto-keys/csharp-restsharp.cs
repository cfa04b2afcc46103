using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("__proto__", "h1");
request.AddHeader("constructor", "h2");
request.AddHeader("prototype", "h3");
request.AddHeader("toString", "h4");
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddParameter("__proto__", "f1");
request.AddParameter("constructor", "f2");
request.AddParameter("prototype", "f3");
request.AddParameter("valueOf", "f4");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
