import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/pets").openConnection();
connection.setRequestMethod("POST");
connection.addRequestProperty("Content-Type", "application/json");
connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(("{{basicAuthUsername}}" + ":" + "{{basicAuthPassword}}").getBytes(StandardCharsets.UTF_8)));
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write("{\"name\": \"{{petName}}\", \"tag\": \"dog\"}".getBytes(StandardCharsets.UTF_8));
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
