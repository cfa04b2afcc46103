import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.config.CharCodingConfig;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("GET")
    .setUri("{{baseUrl}}/i18n")
    .addHeader("X-Name", "Zoë ✓ 😀")
    .addHeader("X-Latin", "café")
    .build();
try (CloseableHttpClient client = HttpClients.custom()
        // Header values in UTF-8: by default the client sends "?" for what is not printable Latin-1.
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                .charCodingConfig(CharCodingConfig.custom().setCharset(StandardCharsets.UTF_8).build())
                .build())
            .build())
        .build()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
