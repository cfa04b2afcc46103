import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/x-www-form-urlencoded")
val body = RequestBody.create(mediaType, "theme=dark%20mode&tag=a%26b&tag=c".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/settings")
    .method("PATCH", body)
    .addHeader("Content-Type", "application/x-www-form-urlencoded")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
