import java.nio.charset.StandardCharsets;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

try (AsyncHttpClient client = Dsl.asyncHttpClient()) {
    Response response = client.prepare("GET", "{{baseUrl}}/echo")
        .addHeader("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
        .addHeader("X-Quotes", "'single' \"double\" `back` \\back\\slash\\")
        .addHeader("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}")
        .addHeader("X-Comment", "*/ /* // # -- <!-- ?>")
        .execute()
        .get();
    System.out.println(response.getStatusCode());
    System.out.println(response.getResponseBody(StandardCharsets.UTF_8));
}
