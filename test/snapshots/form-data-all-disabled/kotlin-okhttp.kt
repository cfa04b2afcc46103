import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val body = RequestBody.create(null, "".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/upload")
    .method("POST", body)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
