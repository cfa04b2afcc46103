import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("GET")
    // URI refuses braces: fill in the placeholders, or they are sent percent-encoded.
    .setUri("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10".replace("{", "%7B").replace("}", "%7D"))
    .addHeader("X-API-Key", "{{api_key}}")
    .addHeader("Cookie", "session={{session_id}}; api_key={{api_key}}")
    .addHeader("X-Note", "\"; rm -rf ~; \"")
    .addHeader("Authorization", "Bearer {{bearerAuth}}")
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
