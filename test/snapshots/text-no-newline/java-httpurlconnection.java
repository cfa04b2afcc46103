import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/notes").openConnection();
connection.setRequestMethod("POST");
connection.addRequestProperty("Content-Type", "text/plain");
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write("price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays".getBytes(StandardCharsets.UTF_8));
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
