import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10").openConnection();
connection.setRequestMethod("GET");
connection.addRequestProperty("X-API-Key", "{{api_key}}");
connection.addRequestProperty("Cookie", "session={{session_id}}; api_key={{api_key}}");
connection.addRequestProperty("X-Note", "\"; rm -rf ~; \"");
connection.addRequestProperty("Authorization", "Bearer {{bearerAuth}}");

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
