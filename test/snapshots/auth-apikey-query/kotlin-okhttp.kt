import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val request = Request.Builder()
    .url("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")
    .method("GET", null)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
