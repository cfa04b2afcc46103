import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/settings").openConnection();
connection.setRequestMethod("POST");
// HttpURLConnection knows no other methods: many servers read the real one from this header.
connection.setRequestProperty("X-HTTP-Method-Override", "PATCH");
connection.addRequestProperty("Content-Type", "application/x-www-form-urlencoded");
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write("theme=dark%20mode&tag=a%26b&tag=c".getBytes(StandardCharsets.UTF_8));
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
