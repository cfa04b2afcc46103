import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("GET", "{{baseUrl}}/tags")
        .addHeader("X-Tag", "alpha")
        .addHeader("Accept", "text/plain")
        .addHeader("X-Tag", "beta")
        .addHeader("X-Tag", "gamma")
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
