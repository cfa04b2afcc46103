import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/blobs/upload.txt"))
    .header("Content-Type", "application/octet-stream")
    .method("PUT", HttpRequest.BodyPublishers.ofFile(Path.of("upload.txt")))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
