import java.io.File
import okhttp3.MediaType
import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val body = MultipartBody.Builder().setType(MultipartBody.FORM)
    .addFormDataPart("name", "Ada")
    .addFormDataPart("tag", "a")
    .addFormDataPart("tag", "b")
    .addFormDataPart("avatar", "upload.txt",
        RequestBody.create(MediaType.parse("text/plain"), File("upload.txt")))
    .build()
val request = Request.Builder()
    .url("{{baseUrl}}/profile")
    .method("PUT", body)
    .addHeader("X-Request-Id", "42")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
