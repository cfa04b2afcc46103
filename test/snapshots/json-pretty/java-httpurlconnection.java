import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/v1/orders").openConnection();
connection.setRequestMethod("POST");
connection.addRequestProperty("Content-Type", "application/json");
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write(("{\n"
    + "  \"customer\": \"Zoë\",\n"
    + "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n"
    + "  \"items\": [\n"
    + "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n"
    + "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n"
    + "  ],\n"
    + "  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n"
    + "  \"empty\": {},\n"
    + "  \"nothing\": null\n"
    + "}\n").getBytes(StandardCharsets.UTF_8));
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
