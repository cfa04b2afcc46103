import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/echo")
    .method("GET", null)
    .addHeader("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
    .addHeader("X-Quotes", "'single' \"double\" `back` \\back\\slash\\")
    .addHeader("X-Interp", "#{1+1} \${1+1} \\(1+1) {\$x} \$x @x #\$x #@x %(x)s {0}")
    .addHeader("X-Comment", "*/ /* // # -- <!-- ?>")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
