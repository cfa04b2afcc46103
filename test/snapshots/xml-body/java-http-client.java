import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

HttpClient client = HttpClient.newBuilder()
    .build();
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("{{baseUrl}}/soap"))
    .header("SOAPAction", "\"urn:Add\"")
    .header("Content-Type", "application/xml")
    .method("POST", HttpRequest.BodyPublishers.ofString(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    + "<note id='1'>\n"
    + "  <to>Tom &amp; Jerry</to>\n"
    + "  <body><![CDATA[a < b && c > d]]></body>\n"
    + "</note>"), StandardCharsets.UTF_8))
    .build();
HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
