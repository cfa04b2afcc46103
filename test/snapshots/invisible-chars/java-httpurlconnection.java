import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/inv").openConnection();
connection.setRequestMethod("POST");
connection.addRequestProperty("X-Tab", "a\tb");
connection.addRequestProperty("Content-Type", "text/plain");
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write("tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\001\037\177del\205nel".getBytes(StandardCharsets.UTF_8));
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
