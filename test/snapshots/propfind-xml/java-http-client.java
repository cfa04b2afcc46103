import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/dav/"))
    .header("Depth", "1")
    .header("Content-Type", "application/xml")
    .method("PROPFIND", HttpRequest.BodyPublishers.ofString(("<?xml version=\"1.0\"?>\n"
    + "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n"), StandardCharsets.UTF_8))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
