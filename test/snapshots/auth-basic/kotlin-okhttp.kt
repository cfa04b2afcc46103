import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/me")
    .method("GET", null)
    .addHeader("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
