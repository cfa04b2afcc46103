import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("POST", "{{baseUrl}}/soap")
        .addHeader("SOAPAction", "\"urn:Add\"")
        .addHeader("Content-Type", "application/xml")
        .setBody(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    + "<note id='1'>\n"
    + "  <to>Tom &amp; Jerry</to>\n"
    + "  <body><![CDATA[a < b && c > d]]></body>\n"
    + "</note>").getBytes(StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
