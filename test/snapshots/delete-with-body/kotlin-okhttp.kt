import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/json")
val body = RequestBody.create(mediaType, "{\"ids\": [1, 2, 3]}".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/items")
    .method("DELETE", body)
    .addHeader("Content-Type", "application/json")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
