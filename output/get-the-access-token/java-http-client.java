import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    // URI refuses braces: fill in the placeholders, or they are sent percent-encoded.
    .uri(URI.create("{{authPath}}/{{envID}}/as/token".replace("{", "%7B").replace("}", "%7D")))
    .header("Content-Type", "application/x-www-form-urlencoded")
    .method("POST", HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}", StandardCharsets.UTF_8))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
