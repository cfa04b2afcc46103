import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("GET", "{{baseUrl}}/i18n")
        // Header values go out one byte per char: hand over the UTF-8 bytes.
        .addHeader("X-Name", new String("Zoë ✓ 😀".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
        // Header values go out one byte per char: hand over the UTF-8 bytes.
        .addHeader("X-Latin", new String("café".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
