import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/x-www-form-urlencoded")
val body = RequestBody.create(mediaType, "".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/settings")
    .method("PUT", body)
    .addHeader("Content-Type", "application/x-www-form-urlencoded")
    .addHeader("X-Keep", "yes")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
