import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/xml")
val body = RequestBody.create(mediaType, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
    "<note id='1'>\n" +
    "  <to>Tom &amp; Jerry</to>\n" +
    "  <body><![CDATA[a < b && c > d]]></body>\n" +
    "</note>").toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/soap")
    .method("POST", body)
    .addHeader("SOAPAction", "\"urn:Add\"")
    .addHeader("Content-Type", "application/xml")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
