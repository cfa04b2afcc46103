using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/cache/key")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
// RestSharp's Method enum cannot send this request as "PURGE": it is renamed just before it is sent.
request.Interceptors = new List<RestSharp.Interceptors.Interceptor>
{
    new RestSharp.Interceptors.CompatibilityInterceptor
    {
        OnBeforeRequest = message =>
        {
            message.Method = new HttpMethod("PURGE");
            return default;
        },
    },
};
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
