OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/json");
RequestBody body = RequestBody.create(mediaType, "{\"name\": \"{{newName}}\", \"active\": true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/v1/users/{{userId}}")
  .method("PATCH", body)
  .addHeader("If-Match", "W/\"etag-1\"")
  .addHeader("X-Request-Id", "{{requestId}}")
  .addHeader("Content-Type", "application/json")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
