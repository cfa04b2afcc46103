import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/me")
    .method("GET", null)
    .addHeader("Authorization", Credentials.basic("{{username}}", "{{password}}", Charsets.UTF_8))
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
