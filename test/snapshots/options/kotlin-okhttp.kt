import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/cors")
    .method("OPTIONS", null)
    .addHeader("Origin", "https://app.example.com")
    .addHeader("Access-Control-Request-Method", "PUT")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
