import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/cache/key").openConnection();
connection.setRequestMethod("POST");
// HttpURLConnection knows no other methods: many servers read the real one from this header.
connection.setRequestProperty("X-HTTP-Method-Override", "PURGE");

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
