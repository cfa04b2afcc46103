using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/v1/orders")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("Content-Type", "application/json");
var body = "{\n" +
    "  \"customer\": \"Zoë\",\n" +
    "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n" +
    "  \"items\": [\n" +
    "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n" +
    "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n" +
    "  ],\n" +
    "  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n" +
    "  \"empty\": {},\n" +
    "  \"nothing\": null\n" +
    "}\n";
request.AddStringBody(body, "application/json");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
