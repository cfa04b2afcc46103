import java.io.File
import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/octet-stream")
val body = RequestBody.create(mediaType, File("upload.txt"))
val request = Request.Builder()
    .url("{{baseUrl}}/blobs/upload.txt")
    .method("PUT", body)
    .addHeader("Content-Type", "application/octet-stream")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
