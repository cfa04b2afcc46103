using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/dav/")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
// RestSharp's Method enum cannot send this request as "PROPFIND": it is renamed just before it is sent.
request.Interceptors = new List<RestSharp.Interceptors.Interceptor>
{
    new RestSharp.Interceptors.CompatibilityInterceptor
    {
        OnBeforeRequest = message =>
        {
            message.Method = new HttpMethod("PROPFIND");
            return default;
        },
    },
};
request.AddHeader("Depth", "1");
request.AddHeader("Content-Type", "application/xml");
var body = "<?xml version=\"1.0\"?>\n" +
    "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n";
request.AddStringBody(body, "application/xml");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
