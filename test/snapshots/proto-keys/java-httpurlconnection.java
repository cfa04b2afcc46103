import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4").openConnection();
connection.setRequestMethod("POST");
connection.addRequestProperty("__proto__", "h1");
connection.addRequestProperty("constructor", "h2");
connection.addRequestProperty("prototype", "h3");
connection.addRequestProperty("toString", "h4");
connection.addRequestProperty("Content-Type", "application/x-www-form-urlencoded");
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write("__proto__=f1&constructor=f2&prototype=f3&valueOf=f4".getBytes(StandardCharsets.UTF_8));
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
