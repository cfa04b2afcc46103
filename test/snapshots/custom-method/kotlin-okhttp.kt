import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/cache/key")
    .method("PURGE", null)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
