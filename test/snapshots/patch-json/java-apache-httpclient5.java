import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("PATCH")
    // URI refuses braces: fill in the placeholders, or they are sent percent-encoded.
    .setUri("{{baseUrl}}/v1/users/{{userId}}".replace("{", "%7B").replace("}", "%7D"))
    .addHeader("If-Match", "W/\"etag-1\"")
    .addHeader("X-Request-Id", "{{requestId}}")
    .addHeader("Content-Type", "application/json")
    .setEntity(new StringEntity("{\"name\": \"{{newName}}\", \"active\": true}", StandardCharsets.UTF_8))
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
