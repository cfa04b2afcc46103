import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("POST")
    .setUri("{{baseUrl}}/upload")
    .setEntity(MultipartEntityBuilder.create()
        .setCharset(StandardCharsets.UTF_8)
        .addTextBody("title", "Hello", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addTextBody("bio", "line 1\nline 2\r\nline 3", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addTextBody("name", "Zoë 😀", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addTextBody("tag", "a", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addTextBody("tag", "b", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addBinaryBody("meta", "{\"k\":\"v\"}".getBytes(StandardCharsets.UTF_8), ContentType.parse("application/json"), null)
        .addTextBody("danger", "\"; $(id) #{x} \\(y) '", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .build())
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
