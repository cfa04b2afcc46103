import java.io.File;
import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;
import org.asynchttpclient.request.body.multipart.FilePart;
import org.asynchttpclient.request.body.multipart.StringPart;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("PUT", "{{baseUrl}}/profile")
        .addHeader("X-Request-Id", "42")
        .addBodyPart(new StringPart("name", "Ada", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("tag", "a", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("tag", "b", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new FilePart("avatar", new File("upload.txt"), "text/plain", null, "upload.txt"))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
