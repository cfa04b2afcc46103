import okhttp3.Headers
import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val headers = Headers.Builder()
    .addUnsafeNonAscii("X-Name", "Zoë ✓ 😀")
    .addUnsafeNonAscii("X-Latin", "café")
    .build()
val request = Request.Builder()
    .url("{{baseUrl}}/i18n")
    .method("GET", null)
    .headers(headers)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
