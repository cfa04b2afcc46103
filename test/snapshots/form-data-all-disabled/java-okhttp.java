OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
RequestBody body = RequestBody.create(null, "".getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/upload")
  .method("POST", body)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
