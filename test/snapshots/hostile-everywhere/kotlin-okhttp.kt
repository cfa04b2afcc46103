import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("text/plain")
val body = RequestBody.create(mediaType, ("\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s\n" +
    "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s").toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s")
    .method("POST", body)
    .addHeader("X-H", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
    .addHeader("Content-Type", "text/plain")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
