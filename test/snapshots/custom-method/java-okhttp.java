OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/cache/key")
  .method("PURGE", null)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
