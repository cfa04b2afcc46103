import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/blobs/upload.txt").openConnection();
connection.setRequestMethod("PUT");
connection.addRequestProperty("Content-Type", "application/octet-stream");
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    Files.copy(Path.of("upload.txt"), body);
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
