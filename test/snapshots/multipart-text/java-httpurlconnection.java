import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/upload").openConnection();
connection.setRequestMethod("POST");

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
connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write(multipart.toByteArray());
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
