import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("GET", "{{baseUrl}}/me")
        .addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(("{{username}}" + ":" + "{{password}}").getBytes(StandardCharsets.UTF_8)))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
