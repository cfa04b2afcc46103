import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/me"))
    .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")
    .GET()
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
