import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("POST")
    .setUri("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")
    .addHeader("__proto__", "h1")
    .addHeader("constructor", "h2")
    .addHeader("prototype", "h3")
    .addHeader("toString", "h4")
    .addHeader("Content-Type", "application/x-www-form-urlencoded")
    .setEntity(new StringEntity("__proto__=f1&constructor=f2&prototype=f3&valueOf=f4", StandardCharsets.UTF_8))
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
