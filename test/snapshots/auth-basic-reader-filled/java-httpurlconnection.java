import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/me").openConnection();
connection.setRequestMethod("GET");
connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(("{{username}}" + ":" + "{{password}}").getBytes(StandardCharsets.UTF_8)));

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
