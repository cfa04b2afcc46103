using Flurl.Http;

var body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
    "<note id='1'>\n" +
    "  <to>Tom &amp; Jerry</to>\n" +
    "  <body><![CDATA[a < b && c > d]]></body>\n" +
    "</note>";
var response = await "{{baseUrl}}/soap"
    .WithHeader("SOAPAction", "\"urn:Add\"")
    .WithHeader("Content-Type", "application/xml")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
