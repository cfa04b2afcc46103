import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("PROPFIND", "{{baseUrl}}/dav/")
        .addHeader("Depth", "1")
        .addHeader("Content-Type", "application/xml")
        .setBody(("<?xml version=\"1.0\"?>\n"
    + "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n").getBytes(StandardCharsets.UTF_8))
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
