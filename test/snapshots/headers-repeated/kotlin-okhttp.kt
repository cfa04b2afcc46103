import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/tags")
    .method("GET", null)
    .addHeader("X-Tag", "alpha")
    .addHeader("Accept", "text/plain")
    .addHeader("X-Tag", "beta")
    .addHeader("X-Tag", "gamma")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
