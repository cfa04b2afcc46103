import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/v1/users?limit=10&page=2").openConnection();
connection.setRequestMethod("GET");
connection.addRequestProperty("Accept", "application/json");

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
