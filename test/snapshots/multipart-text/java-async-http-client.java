import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;
import org.asynchttpclient.request.body.multipart.ByteArrayPart;
import org.asynchttpclient.request.body.multipart.StringPart;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/upload")
        .addBodyPart(new StringPart("title", "Hello", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("bio", "line 1\nline 2\r\nline 3", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("name", "Zoë 😀", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("tag", "a", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("tag", "b", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new ByteArrayPart("meta", "{\"k\":\"v\"}".getBytes(StandardCharsets.UTF_8), "application/json"))
        .addBodyPart(new StringPart("danger", "\"; $(id) #{x} \\(y) '", "text/plain", StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
