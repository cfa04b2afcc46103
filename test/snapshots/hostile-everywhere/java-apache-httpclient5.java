import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

ClassicHttpRequest request = ClassicRequestBuilder.create("POST")
    .setUri("{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s")
    .addHeader("X-H", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
    .addHeader("Content-Type", "text/plain")
    .setEntity(new StringEntity(("\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s\n"
    + "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s"), StandardCharsets.UTF_8))
    .build();
try (CloseableHttpClient client = HttpClients.createDefault()) {
    client.execute(request, response -> {
        System.out.println(response.getCode());
        if (response.getEntity() != null) System.out.println(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return null;
    });
}
