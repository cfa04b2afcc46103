import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/pets")
        .addHeader("Content-Type", "application/json")
        .addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(("{{basicAuthUsername}}" + ":" + "{{basicAuthPassword}}").getBytes(StandardCharsets.UTF_8)))
        .setBody("{\"name\": \"{{petName}}\", \"tag\": \"dog\"}".getBytes(StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
