OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/tags")
  .method("GET", null)
  .addHeader("X-Tag", "alpha")
  .addHeader("Accept", "text/plain")
  .addHeader("X-Tag", "beta")
  .addHeader("X-Tag", "gamma")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
