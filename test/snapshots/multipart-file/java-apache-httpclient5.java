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
        .addTextBody("description", "A text file", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .addBinaryBody("document", new File("upload.txt"), ContentType.parse("text/plain"), "upload.txt")
        .addTextBody("after", "file", ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8))
        .build())
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
