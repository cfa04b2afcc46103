import okhttp3.Credentials
import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/json")
val body = RequestBody.create(mediaType, "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}".toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/pets")
    .method("POST", body)
    .addHeader("Content-Type", "application/json")
    .addHeader("Authorization", Credentials.basic("{{basicAuthUsername}}", "{{basicAuthPassword}}", Charsets.UTF_8))
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
