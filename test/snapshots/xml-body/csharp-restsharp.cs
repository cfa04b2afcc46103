using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/soap")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("SOAPAction", "\"urn:Add\"");
request.AddHeader("Content-Type", "application/xml");
var body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
    "<note id='1'>\n" +
    "  <to>Tom &amp; Jerry</to>\n" +
    "  <body><![CDATA[a < b && c > d]]></body>\n" +
    "</note>";
request.AddStringBody(body, "application/xml");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
