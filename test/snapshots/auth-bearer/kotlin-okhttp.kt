import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/me")
    .method("GET", null)
    .addHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
