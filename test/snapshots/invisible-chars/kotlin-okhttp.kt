import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("text/plain")
val body = RequestBody.create(mediaType, "tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\u0001\u001F\u007Fdel\u0085nel".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/inv")
    .method("POST", body)
    .addHeader("X-Tab", "a\tb")
    .addHeader("Content-Type", "text/plain")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
