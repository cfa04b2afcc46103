import java.io.File;
import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;
import org.asynchttpclient.request.body.multipart.FilePart;
import org.asynchttpclient.request.body.multipart.StringPart;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/upload")
        .addBodyPart(new StringPart("description", "A text file", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new FilePart("document", new File("upload.txt"), "text/plain", null, "upload.txt"))
        .addBodyPart(new StringPart("after", "file", "text/plain", StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
