import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Request;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Request request = client.prepare("POST", "{{baseUrl}}/notes")
        .addHeader("Content-Type", "text/plain")
        .setBody("line one\r\nline two\r\n".getBytes(StandardCharsets.UTF_8))
        .build();
    // AsyncHttpClient adds "; charset=UTF-8" to a text/* Content-Type: set it back as written.
    request.getHeaders().set("Content-Type", "text/plain");
    Response response = client.executeRequest(request).get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
