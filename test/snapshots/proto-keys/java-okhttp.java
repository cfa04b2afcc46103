OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/x-www-form-urlencoded");
RequestBody body = RequestBody.create(mediaType, "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4".getBytes(java.nio.charset.StandardCharsets.UTF_8));
Request request = new Request.Builder()
  .url("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")
  .method("POST", body)
  .addHeader("__proto__", "h1")
  .addHeader("constructor", "h2")
  .addHeader("prototype", "h3")
  .addHeader("toString", "h4")
  .addHeader("Content-Type", "application/x-www-form-urlencoded")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
