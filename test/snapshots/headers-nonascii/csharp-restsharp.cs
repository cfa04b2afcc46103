using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/i18n")
{
    Timeout = Timeout.InfiniteTimeSpan,
    // .NET refuses non-ASCII header values unless the handler is told to send them as UTF-8.
    ConfigureMessageHandler = _ => new SocketsHttpHandler
    {
        RequestHeaderEncodingSelector = (headerName, message) => System.Text.Encoding.UTF8,
    },
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("X-Name", "Zoë ✓ 😀");
request.AddHeader("X-Latin", "café");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
