using Flurl.Http;
using System.Text;

// .NET refuses non-ASCII header values unless the handler is told to send them as UTF-8.
using var client = new FlurlClient(new HttpClient(new SocketsHttpHandler
{
    RequestHeaderEncodingSelector = (headerName, message) => Encoding.UTF8,
}));
var response = await client.Request("{{baseUrl}}/i18n")
    .WithHeader("X-Name", "Zoë ✓ 😀")
    .WithHeader("X-Latin", "café")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
