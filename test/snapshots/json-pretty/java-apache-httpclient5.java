import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("POST")
    .setUri("{{baseUrl}}/v1/orders")
    .addHeader("Content-Type", "application/json")
    .setEntity(new StringEntity(("{\n"
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
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
