OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/json");
RequestBody body = RequestBody.create(mediaType, "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/pets")
  .method("POST", body)
  .addHeader("Content-Type", "application/json")
  .addHeader("Authorization", Credentials.basic("{{basicAuthUsername}}", "{{basicAuthPassword}}", java.nio.charset.StandardCharsets.UTF_8))
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
