import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/xml")
val body = RequestBody.create(mediaType, ("<?xml version=\"1.0\"?>\n" +
    "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n").toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/dav/")
    .method("PROPFIND", body)
    .addHeader("Depth", "1")
    .addHeader("Content-Type", "application/xml")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
