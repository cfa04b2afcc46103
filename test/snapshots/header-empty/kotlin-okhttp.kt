import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/empty")
    .method("GET", null)
    .addHeader("X-Empty", "")
    .addHeader("X-After", "set")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
