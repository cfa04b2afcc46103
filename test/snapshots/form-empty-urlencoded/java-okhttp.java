OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/x-www-form-urlencoded");
RequestBody body = RequestBody.create(mediaType, "".getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/settings")
  .method("PUT", body)
  .addHeader("Content-Type", "application/x-www-form-urlencoded")
  .addHeader("X-Keep", "yes")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
