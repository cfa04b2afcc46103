import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

String boundary = "----snipforge-" + UUID.randomUUID();
ByteArrayOutputStream multipart = new ByteArrayOutputStream();
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "description" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("A text file".getBytes(StandardCharsets.UTF_8));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "document" + "\"; filename=\"" + "upload.txt" + "\"\r\n"
    + "Content-Type: " + "text/plain" + "\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write(Files.readAllBytes(Path.of("upload.txt")));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "after" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("file".getBytes(StandardCharsets.UTF_8));
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
