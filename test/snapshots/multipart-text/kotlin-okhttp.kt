import okhttp3.MediaType
import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val body = MultipartBody.Builder().setType(MultipartBody.FORM)
    .addFormDataPart("title", "Hello")
    .addFormDataPart("bio", "line 1\nline 2\r\nline 3")
    .addFormDataPart("name", "Zoë 😀")
    .addFormDataPart("tag", "a")
    .addFormDataPart("tag", "b")
    .addFormDataPart("meta", null,
        RequestBody.create(MediaType.parse("application/json"), "{\"k\":\"v\"}".toByteArray()))
    .addFormDataPart("danger", "\"; $(id) #{x} \\(y) '")
    .build()
val request = Request.Builder()
    .url("{{baseUrl}}/upload")
    .method("POST", body)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
