import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/login?next=/home&lang=en")
        .addHeader("Content-Type", "application/x-www-form-urlencoded")
        .setBody("user=ann%40example.com&pass=p%40ss%20w0rd%26".getBytes(StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
