import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("GET", "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")
        .addHeader("X-API-Key", "{{api_key}}")
        .addHeader("Cookie", "session={{session_id}}; api_key={{api_key}}")
        .addHeader("X-Note", "\"; rm -rf ~; \"")
        .addHeader("Authorization", "Bearer {{bearerAuth}}")
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
