using System.Text;

using var handler = new SocketsHttpHandler
{
    // .NET refuses non-ASCII header values unless the handler is told to send them as UTF-8.
    RequestHeaderEncodingSelector = (headerName, message) => Encoding.UTF8,
};
using var client = new HttpClient(handler);
using var request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/i18n");
request.Headers.TryAddWithoutValidation("X-Name", "Zoë ✓ 😀");
request.Headers.TryAddWithoutValidation("X-Latin", "café");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
