import java.io.File
import okhttp3.MediaType
import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val body = MultipartBody.Builder().setType(MultipartBody.FORM)
    .addFormDataPart("say %22hi%22", "one")
    .addFormDataPart("a\\b%22c%22", "two")
    .addFormDataPart("doc %22main%22", "upload.txt",
        RequestBody.create(MediaType.parse("text/plain"), File("upload.txt")))
    .addFormDataPart("quoted file", "q%22uote.txt",
        RequestBody.create(MediaType.parse("application/octet-stream"), File("q\"uote.txt")))
    .build()
val request = Request.Builder()
    .url("{{baseUrl}}/upload")
    .method("POST", body)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
