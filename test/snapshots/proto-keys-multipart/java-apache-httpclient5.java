import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("POST")
    .setUri("{{baseUrl}}/objects")
    .setEntity(MultipartEntityBuilder.create()
        .setCharset(StandardCharsets.UTF_8)
        .addTextBody("__proto__", "f1", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addTextBody("constructor", "f2", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addTextBody("prototype", "f3", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addTextBody("toString", "f4", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .build())
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
