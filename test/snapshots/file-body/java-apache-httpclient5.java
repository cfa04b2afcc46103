import java.io.File;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("PUT")
    .setUri("{{baseUrl}}/blobs/upload.txt")
    .addHeader("Content-Type", "application/octet-stream")
    .setEntity(new FileEntity(new File("upload.txt"), (ContentType) null))
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
