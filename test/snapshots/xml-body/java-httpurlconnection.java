import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

HttpURLConnection connection = (HttpURLConnection) new URL("{{baseUrl}}/soap").openConnection();
connection.setRequestMethod("POST");
connection.addRequestProperty("SOAPAction", "\"urn:Add\"");
connection.addRequestProperty("Content-Type", "application/xml");
connection.setDoOutput(true);
try (OutputStream body = connection.getOutputStream()) {
    body.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    + "<note id='1'>\n"
    + "  <to>Tom &amp; Jerry</to>\n"
    + "  <body><![CDATA[a < b && c > d]]></body>\n"
    + "</note>").getBytes(StandardCharsets.UTF_8));
}

int status = connection.getResponseCode();
InputStream response = status < 400 ? connection.getInputStream() : connection.getErrorStream();
System.out.println(status);
if (response != null) System.out.println(new String(response.readAllBytes(), StandardCharsets.UTF_8));
