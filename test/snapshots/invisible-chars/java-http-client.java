import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/inv"))
    .header("X-Tab", "a\tb")
    .header("Content-Type", "text/plain")
    .method("POST", HttpRequest.BodyPublishers.ofString("tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\001\037\177del\205nel", StandardCharsets.UTF_8))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
