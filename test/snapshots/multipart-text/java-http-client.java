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
    + "Content-Disposition: form-data; name=\"" + "title" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("Hello".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "bio" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("line 1\nline 2\r\nline 3".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "name" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("Zoë 😀".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "tag" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("a".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "tag" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("b".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "meta" + "\"\r\n"
    + "Content-Type: " + "application/json" + "\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("{\"k\":\"v\"}".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "danger" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("\"; $(id) #{x} \\(y) '".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/upload"))
    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
    .method("POST", HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
