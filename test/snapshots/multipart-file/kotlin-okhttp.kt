import java.io.File
import okhttp3.MediaType
import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val body = MultipartBody.Builder().setType(MultipartBody.FORM)
    .addFormDataPart("description", "A text file")
    .addFormDataPart("document", "upload.txt",
        RequestBody.create(MediaType.parse("text/plain"), File("upload.txt")))
    .addFormDataPart("after", "file")
    .build()
val request = Request.Builder()
    .url("{{baseUrl}}/upload")
    .method("POST", body)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
