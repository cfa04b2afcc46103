import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val body = RequestBody.create(null, ByteArray(0))
val request = Request.Builder()
    .url("{{baseUrl}}/jobs/42/run")
    .method("POST", body)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
