import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/").openConnection();
connection.setRequestMethod("GET");

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
