using var client = new HttpClient();
using var request = new HttpRequestMessage(new HttpMethod("PROPFIND"), "{{baseUrl}}/dav/");
request.Headers.TryAddWithoutValidation("Depth", "1");
request.Content = new StringContent("<?xml version=\"1.0\"?>\n" +
    "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/xml");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
