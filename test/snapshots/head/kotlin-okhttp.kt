import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/status")
    .method("HEAD", null)
    .addHeader("X-Check", "yes")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
