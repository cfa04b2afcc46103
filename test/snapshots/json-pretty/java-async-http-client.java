import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/v1/orders")
        .addHeader("Content-Type", "application/json")
        .setBody(("{\n"
    + "  \"customer\": \"Zoë\",\n"
    + "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n"
    + "  \"items\": [\n"
    + "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n"
    + "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n"
    + "  ],\n"
    + "  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n"
    + "  \"empty\": {},\n"
    + "  \"nothing\": null\n"
    + "}\n").getBytes(StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
