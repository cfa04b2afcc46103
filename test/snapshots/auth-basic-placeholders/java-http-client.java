import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/pets"))
    .header("Content-Type", "application/json")
    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("{{basicAuthUsername}}" + ":" + "{{basicAuthPassword}}").getBytes(StandardCharsets.UTF_8)))
    .method("POST", HttpRequest.BodyPublishers.ofString("{\"name\": \"{{petName}}\", \"tag\": \"dog\"}", StandardCharsets.UTF_8))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
