using Flurl.Http;

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
var response = await "{{baseUrl}}/v1/orders"
    .WithHeader("Content-Type", "application/json")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
