import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("text/plain")
val body = RequestBody.create(mediaType, "price: $5 #{total} \${HOME} \\(x) `cmd` 'single' \"double\" \\n stays".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/notes")
    .method("POST", body)
    .addHeader("Content-Type", "text/plain")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
