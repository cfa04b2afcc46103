import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("DELETE", "{{baseUrl}}/items")
        .addHeader("Content-Type", "application/json")
        .setBody("{\"ids\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
