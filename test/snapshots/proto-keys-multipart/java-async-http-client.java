import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;
import org.asynchttpclient.request.body.multipart.StringPart;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/objects")
        .addBodyPart(new StringPart("__proto__", "f1", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("constructor", "f2", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("prototype", "f3", "text/plain", StandardCharsets.UTF_8))
        .addBodyPart(new StringPart("toString", "f4", "text/plain", StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
