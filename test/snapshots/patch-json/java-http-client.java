import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    // URI refuses braces: fill in the placeholders, or they are sent percent-encoded.
    .uri(URI.create("{{baseUrl}}/v1/users/{{userId}}".replace("{", "%7B").replace("}", "%7D")))
    .header("If-Match", "W/\"etag-1\"")
    .header("X-Request-Id", "{{requestId}}")
    .header("Content-Type", "application/json")
    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": \"{{newName}}\", \"active\": true}", StandardCharsets.UTF_8))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
