import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/profile").openConnection();
connection.setRequestMethod("PUT");
connection.addRequestProperty("X-Request-Id", "42");

String boundary = "----snipforge-" + UUID.randomUUID();
ByteArrayOutputStream multipart = new ByteArrayOutputStream();
multipart.write(("--" + boundary + "\r\n"
    + "Content-Disposition: form-data; name=\"" + "name" + "\"\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write("Ada".getBytes(StandardCharsets.UTF_8));
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
    + "Content-Disposition: form-data; name=\"" + "avatar" + "\"; filename=\"" + "upload.txt" + "\"\r\n"
    + "Content-Type: " + "text/plain" + "\r\n"
    + "\r\n").getBytes(StandardCharsets.UTF_8));
multipart.write(Files.readAllBytes(Path.of("upload.txt")));
multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
multipart.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write(multipart.toByteArray());
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
