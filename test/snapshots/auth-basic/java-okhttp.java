OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/me")
  .method("GET", null)
  .addHeader("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
