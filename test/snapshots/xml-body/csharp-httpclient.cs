using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/soap");
request.Headers.TryAddWithoutValidation("SOAPAction", "\"urn:Add\"");
request.Content = new StringContent("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
    "<note id='1'>\n" +
    "  <to>Tom &amp; Jerry</to>\n" +
    "  <body><![CDATA[a < b && c > d]]></body>\n" +
    "</note>");
request.Content.Headers.ContentType = null;
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/xml");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
