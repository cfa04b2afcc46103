import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/x-www-form-urlencoded")
val body = RequestBody.create(mediaType, "user=ann%40example.com&pass=p%40ss%20w0rd%26".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/login?next=/home&lang=en")
    .method("POST", body)
    .addHeader("Content-Type", "application/x-www-form-urlencoded")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
