import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
// OkHttp refuses a request body on GET and HEAD, so this request is sent without one.
val request = Request.Builder()
    .url("{{baseUrl}}/search")
    .method("GET", null)
    .addHeader("Content-Type", "application/json")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
