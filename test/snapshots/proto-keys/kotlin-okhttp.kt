import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/x-www-form-urlencoded")
val body = RequestBody.create(mediaType, "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")
    .method("POST", body)
    .addHeader("__proto__", "h1")
    .addHeader("constructor", "h2")
    .addHeader("prototype", "h3")
    .addHeader("toString", "h4")
    .addHeader("Content-Type", "application/x-www-form-urlencoded")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
