import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/v1/orders"))
    .header("Content-Type", "application/json")
    .method("POST", HttpRequest.BodyPublishers.ofString(("{\n"
    + "  \"customer\": \"Zoë\",\n"
    + "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n"
    + "  \"items\": [\n"
    + "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n"
    + "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n"
    + "  ],\n"
    + "  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n"
    + "  \"empty\": {},\n"
    + "  \"nothing\": null\n"
    + "}\n"), StandardCharsets.UTF_8))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
