OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/json");
RequestBody body = RequestBody.create(mediaType, ("{\n"
    + "  \"customer\": \"Zoë\",\n"
    + "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n"
    + "  \"items\": [\n"
    + "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n"
    + "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n"
    + "  ],\n"
    + "  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n"
    + "  \"empty\": {},\n"
    + "  \"nothing\": null\n"
    + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/v1/orders")
  .method("POST", body)
  .addHeader("Content-Type", "application/json")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
