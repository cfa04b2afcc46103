import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/reports")
    .method("GET", null)
    .addHeader("X-API-Key", "k3y$#{x}")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
