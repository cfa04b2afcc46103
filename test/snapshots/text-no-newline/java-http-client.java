import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/notes"))
    .header("Content-Type", "text/plain")
    .method("POST", HttpRequest.BodyPublishers.ofString("price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays", StandardCharsets.UTF_8))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
