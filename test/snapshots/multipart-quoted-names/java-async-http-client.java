import java.io.File;
import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;
import org.asynchttpclient.request.body.multipart.FilePart;
import org.asynchttpclient.request.body.multipart.StringPart;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/upload")
        .addBodyPart(new StringPart("say %22hi%22", "one", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("a\\b%22c%22", "two", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new FilePart("doc %22main%22", new File("upload.txt"), "text/plain", null, "upload.txt"))
        .addBodyPart(new FilePart("quoted file", new File("q\"uote.txt"), "application/octet-stream", null, "q%22uote.txt"))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
