import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    // URI refuses braces: fill in the placeholders, or they are sent percent-encoded.
    .uri(URI.create("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10".replace("{", "%7B").replace("}", "%7D")))
    .header("X-API-Key", "{{api_key}}")
    .header("Cookie", "session={{session_id}}; api_key={{api_key}}")
    .header("X-Note", "\"; rm -rf ~; \"")
    .header("Authorization", "Bearer {{bearerAuth}}")
    .GET()
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
