import java.io.File;
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
        .addTextBody("say %22hi%22", "one", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addTextBody("a\\b%22c%22", "two", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addBinaryBody("doc %22main%22", new File("upload.txt"), ContentType.parse("text/plain"), "upload.txt")
        .addBinaryBody("quoted file", new File("q\"uote.txt"), ContentType.parse("application/octet-stream"), "q%22uote.txt")
        .build())
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
