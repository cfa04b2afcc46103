OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/x-www-form-urlencoded");
RequestBody body = RequestBody.create(mediaType, "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{authPath}}/{{envID}}/as/token")
  .method("POST", body)
  .addHeader("Content-Type", "application/x-www-form-urlencoded")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
