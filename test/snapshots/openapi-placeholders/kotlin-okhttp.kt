import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")
    .method("GET", null)
    .addHeader("X-API-Key", "{{api_key}}")
    .addHeader("Cookie", "session={{session_id}}; api_key={{api_key}}")
    .addHeader("X-Note", "\"; rm -rf ~; \"")
    .addHeader("Authorization", "Bearer {{bearerAuth}}")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
