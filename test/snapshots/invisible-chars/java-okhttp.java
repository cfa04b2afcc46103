OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("text/plain");
RequestBody body = RequestBody.create(mediaType, "tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\001\037\177del\205nel".getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/inv")
  .method("POST", body)
  .addHeader("X-Tab", "a\tb")
  .addHeader("Content-Type", "text/plain")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
