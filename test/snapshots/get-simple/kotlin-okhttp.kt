import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/v1/users?limit=10&page=2")
    .method("GET", null)
    .addHeader("Accept", "application/json")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
