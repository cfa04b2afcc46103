OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/status")
  .method("HEAD", null)
  .addHeader("X-Check", "yes")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
