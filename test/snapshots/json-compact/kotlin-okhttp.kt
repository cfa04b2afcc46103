import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/json")
val body = RequestBody.create(mediaType, "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/v1/config")
    .method("PUT", body)
    .addHeader("Content-Type", "application/json")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
