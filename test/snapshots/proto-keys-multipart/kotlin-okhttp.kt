import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient()
val body = MultipartBody.Builder().setType(MultipartBody.FORM)
    .addFormDataPart("__proto__", "f1")
    .addFormDataPart("constructor", "f2")
    .addFormDataPart("prototype", "f3")
    .addFormDataPart("toString", "f4")
    .build()
val request = Request.Builder()
    .url("{{baseUrl}}/objects")
    .method("POST", body)
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
