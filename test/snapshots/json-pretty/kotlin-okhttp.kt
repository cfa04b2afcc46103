import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

val client = OkHttpClient()
val mediaType = MediaType.parse("application/json")
val body = RequestBody.create(mediaType, ("{\n" +
    "  \"customer\": \"Zoë\",\n" +
    "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n" +
    "  \"items\": [\n" +
    "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n" +
    "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n" +
    "  ],\n" +
    "  \"note\": \"#{x} \${y} \\\\(z) `w`\",\n" +
    "  \"empty\": {},\n" +
    "  \"nothing\": null\n" +
    "}\n").toByteArray())
val request = Request.Builder()
    .url("{{baseUrl}}/v1/orders")
    .method("POST", body)
    .addHeader("Content-Type", "application/json")
    .build()
val response = client.newCall(request).execute()
println(response.body()?.string())
