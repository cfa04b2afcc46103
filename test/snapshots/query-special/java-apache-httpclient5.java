import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("GET")
    .setUri("{{baseUrl}}/search?q=hello%20world&amp=a%26b&eq=x%3Dy&plus=1%2B1%3D2&pct=100%25&pct2=%2541%25zz&caf%C3%A9=na%C3%AFve%20%C3%BC%C3%9F&emoji=%F0%9F%98%80%F0%9F%8E%89&empty=&tag=one&tag=two&filter%5Bname%5D=%5Bx%5D&hash=%23frag?&semi=a%3Bb,c&slash=/a/b&quote=it's%20%22q%22")
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
