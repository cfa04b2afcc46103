import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")
        .addHeader("__proto__", "h1")
        .addHeader("constructor", "h2")
        .addHeader("prototype", "h3")
        .addHeader("toString", "h4")
        .addHeader("Content-Type", "application/x-www-form-urlencoded")
        .setBody("__proto__=f1&constructor=f2&prototype=f3&valueOf=f4".getBytes(StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
