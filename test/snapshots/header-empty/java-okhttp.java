OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/empty")
  .method("GET", null)
  .addHeader("X-Empty", "")
  .addHeader("X-After", "set")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
