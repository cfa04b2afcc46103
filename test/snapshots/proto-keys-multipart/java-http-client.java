import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

String boundary = "----snipforge-" + UUID.randomUUID();
ByteArrayOutputStream multipart = new ByteArrayOutputStream();
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "__proto__" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("f1".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "constructor" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("f2".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "prototype" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("f3".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "toString" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("f4".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/objects"))
    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
    .method("POST", HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
