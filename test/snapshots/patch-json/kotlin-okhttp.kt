import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/json")
val body = RequestBody.create(mediaType, "{\"name\": \"{{newName}}\", \"active\": true}".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/v1/users/{{userId}}")
    .method("PATCH", body)
    .addHeader("If-Match", "W/\"etag-1\"")
    .addHeader("X-Request-Id", "{{requestId}}")
    .addHeader("Content-Type", "application/json")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
