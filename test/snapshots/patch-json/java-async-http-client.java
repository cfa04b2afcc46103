import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("PATCH", "{{baseUrl}}/v1/users/{{userId}}")
        .addHeader("If-Match", "W/\"etag-1\"")
        .addHeader("X-Request-Id", "{{requestId}}")
        .addHeader("Content-Type", "application/json")
        .setBody("{\"name\": \"{{newName}}\", \"active\": true}".getBytes(StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
