OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/me")
  .method("GET", null)
  .addHeader("Authorization", Credentials.basic("{{username}}", "{{password}}", java.nio.charset.StandardCharsets.UTF_8))
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
